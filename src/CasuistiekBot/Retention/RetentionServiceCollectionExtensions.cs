using CasuistiekBot.Commands;
using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Retention;

internal static class RetentionServiceCollectionExtensions
{
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRetentionOptions(configuration);
        services.AddSingleton<RetentionSweep>();
        services.AddHostedService<RetentionWorker>();
        services.AddSingleton<EraseCards>();
        services.AddSingleton<EraseMyCaseHandler>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<EraseMyCaseHandler>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<EraseMyCaseHandler>());
        // On the bot's own services, so an administrator's erasure runs every slice's erasure listeners, as the bot's does.
        services.AddAdminCommand<EraseCommand>("erase", ("erase --casus CS-yyyy-nnnn", "withdraw (if open) and erase one casus' texts now; says what was done"));
        services.AddAdminCommand<RetentionCommand>("retention",
            ("retention run [--dry-run]", "erase the texts of cases closed longer ago than Retention:ClosedCaseTextMonths"));
        return services;
    }

    /// <summary>The settings alone: the privacy card reads them, and the admin commands apply them.</summary>
    public static IServiceCollection AddRetentionOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.Section))
            .Validate(o => o.ClosedCaseTextMonths is >= 1 and <= RetentionOptions.MaxMonths,
                $"Retention:ClosedCaseTextMonths must be between 1 and {RetentionOptions.MaxMonths}.")
            .Validate(o => o.CheckInterval >= TimeSpan.FromMinutes(1), "Retention:CheckInterval must be at least a minute.")
            .ValidateOnStart();
        return services;
    }
}
