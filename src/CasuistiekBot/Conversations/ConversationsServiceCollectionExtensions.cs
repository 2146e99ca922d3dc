using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Conversations;

internal static class ConversationsServiceCollectionExtensions
{
    /// <summary>Captures conversation references on every turn; runs after the framework's middleware.</summary>
    public static IServiceCollection AddConversationCapture(this IServiceCollection services) =>
        services.AddSingleton<ITurnMiddleware, ConversationReferenceMiddleware>();
}
