using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Panels;
using CasuistiekBot.Sessions;
using CasuistiekBot.Triage;

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
        return services;
    }

    /// <summary>
    /// <c>erase</c> and <c>retention run</c> outside the web host: with the slices that keep text about a casus or show it
    /// (their erasure and withdrawal listeners), so an administrator's erasure does what the bot's does. Their workers and
    /// handlers are registered but never started.
    /// </summary>
    public static IServiceCollection AddRetentionCommands(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRetentionOptions(configuration);
        services.AddSingleton<RetentionSweep>();
        services.AddSingleton<RetentionCommand>();
        services.AddSingleton<EraseCommand>();
        services.AddTriage(configuration);
        services.AddPanels();
        services.AddSessions();
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
