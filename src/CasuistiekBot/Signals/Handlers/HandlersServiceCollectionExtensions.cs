namespace CasuistiekBot.Signals.Handlers;

internal static class HandlersServiceCollectionExtensions
{
    /// <summary>The behandelaar of a signal: the owner's choice on the card, the messages about it and the owner's weekly view.</summary>
    public static IServiceCollection AddSignalHandlers(this IServiceCollection services)
    {
        services.AddSingleton<HandlerAssignment>();
        services.AddSingleton<HandlerNotices>();
        services.AddSingleton<HandlerDigestCards>();
        return services;
    }
}
