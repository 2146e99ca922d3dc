using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CasuistiekBot.Framework.Dialogs;

public static class DialogServiceCollectionExtensions
{
    /// <summary>
    /// Loads every flow in <paramref name="flowDirectory"/> now (a broken file throws <see cref="FlowDefinitionException"/>
    /// before the app starts), registers the <see cref="IDialogEngine"/> singleton, and checks at host start that every
    /// validator, completion handler, card renderer and condition the flows name is registered (as a singleton). Needs an
    /// <c>IStateStore</c> and the app's <see cref="IDialogTexts"/> and <see cref="IDialogVocabulary"/>; the default time
    /// zone comes from <see cref="DialogOptions"/>. After a bug in a step, the error handler drops that step's frame only.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services, string flowDirectory)
    {
        services.AddSingleton(FlowCatalog.Load(flowDirectory));
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DialogOptions>();
        services.AddSingleton(FlowComponents.From);
        services.AddSingleton<DialogEngine>();
        services.AddSingleton<IDialogEngine>(sp => sp.GetRequiredService<DialogEngine>());
        services.AddSingleton<Pipeline.Routing.IConversationFlow, DialogConversationFlow>();
        services.AddSingleton<Pipeline.ITurnFailureRecovery, DialogFailureRecovery>();
        services.AddHostedService<FlowReferenceCheck>();
        return services;
    }
}
