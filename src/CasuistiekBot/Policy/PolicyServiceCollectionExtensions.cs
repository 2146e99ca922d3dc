namespace CasuistiekBot.Policy;

internal static class PolicyServiceCollectionExtensions
{
    /// <summary>The configured list of laws and regulations and the law suggested from a text.</summary>
    public static IServiceCollection AddPolicy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PolicyOptions>().Bind(configuration.GetSection(PolicyOptions.Section));
        services.AddSingleton<PolicyLaws>();
        return services;
    }
}
