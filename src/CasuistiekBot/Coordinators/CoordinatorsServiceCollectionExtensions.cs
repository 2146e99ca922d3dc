using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CasuistiekBot.Coordinators;

internal static class CoordinatorsServiceCollectionExtensions
{
    /// <summary>Every capability that writes into the coordinators' channel asks for it; it is registered once.</summary>
    public static IServiceCollection AddChannelLanguage(this IServiceCollection services)
    {
        services.TryAddSingleton<ChannelLanguage>();
        return services;
    }
}
