namespace CasuistiekBot.Retention;

internal static class RetentionServiceCollectionExtensions
{
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.ClosedCaseTextMonths is >= 1 and <= RetentionOptions.MaxMonths,
                $"Retention:ClosedCaseTextMonths must be between 1 and {RetentionOptions.MaxMonths}.")
            .ValidateOnStart();
        return services;
    }
}
