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
        return services;
    }
}
