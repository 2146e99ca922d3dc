using CasuistiekBot.Commands;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Tasks;

namespace CasuistiekBot.Signals.Intake;

internal static class IntakeServiceCollectionExtensions
{
    /// <summary>"Signaal melden", the keepers' triage of reported signals, the reporters' messages and the import. Part of AddSignals.</summary>
    public static IServiceCollection AddSignalIntake(this IServiceCollection services)
    {
        services.AddSingleton<SignalKeepers>();
        services.AddSingleton<KeeperCards>();
        services.AddSingleton<ReportedSignals>();
        services.AddSingleton<ReporterMessages>();
        services.AddSingleton<ISignalClosedListener, ReporterFeedback>();
        services.AddSingleton<ReportSignalHandler>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<ReportSignalHandler>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<ReportSignalHandler>());
        services.AddSingleton<ICardActionHandler, KeeperActionHandler>();
        services.AddSingleton<IMyTaskSource, KeeperTasks>();
        services.AddSingleton<SignalImport>();
        services.AddAdminCommand<SignalImportCommand>("signals", ("signals import <file.csv>", "adds a signal list (all lines or none; see README for the columns)"));
        return services;
    }
}
