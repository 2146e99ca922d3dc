using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Conversations;

internal static class ConversationsServiceCollectionExtensions
{
    /// <summary>The stored conversation references: how the bot reaches a person or a channel later.</summary>
    public static IServiceCollection AddConversationReferences(this IServiceCollection services) =>
        services.AddSingleton<IConversationReferenceStore, DbConversationReferenceStore>();

    /// <summary>
    /// Captures conversation references on every turn, then decides the turn's language (which reads the reference just
    /// saved); both run after the framework's middleware and before any capability's. Needs an <see cref="ITrustedChannel"/>.
    /// </summary>
    public static IServiceCollection AddConversationCapture(this IServiceCollection services) =>
        services.AddSingleton<ChatLanguages>()
            .AddSingleton<ITurnMiddleware, ConversationReferenceMiddleware>()
            .AddSingleton<ITurnMiddleware, LanguageMiddleware>()
            .AddSingleton<ICommandHandler, LanguageCommandHandler>();

    /// <summary>Which shared conversations may hear which commands (<see cref="ConversationScopeGate"/>). Needs an <see cref="ITrustedChannel"/>.</summary>
    public static IServiceCollection AddConversationScopes(this IServiceCollection services) =>
        services.AddSingleton<ICommandScopeGate, ConversationScopeGate>();
}
