using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Welcome;

internal static class WelcomeServiceCollectionExtensions
{
    public static IServiceCollection AddWelcome(this IServiceCollection services)
    {
        services.AddSingleton<WelcomeCards>();
        services.AddSingleton<WelcomeSender>();
        services.AddSingleton<ICommandHandler, WelcomeCommandHandler>();
        services.AddSingleton<IActivityTypeHandler, InstallationHandler>();
        services.AddSingleton<ICardActionHandler, WelcomeCardActionHandler>();
        services.AddSingleton<PrivacyCards>();
        services.AddSingleton<PrivacyHandler>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<PrivacyHandler>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<PrivacyHandler>());
        return services;
    }
}
