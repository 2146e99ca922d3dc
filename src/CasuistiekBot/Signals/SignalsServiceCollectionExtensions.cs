namespace CasuistiekBot.Signals;

internal static class SignalsServiceCollectionExtensions
{
    public static IServiceCollection AddSignals(this IServiceCollection services)
    {
        services.AddSingleton<SignalRegister>();
        return services;
    }
}
