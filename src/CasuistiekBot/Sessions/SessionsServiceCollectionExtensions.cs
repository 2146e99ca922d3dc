using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Sessions;

internal static class SessionsServiceCollectionExtensions
{
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.AddOptions<SessionOptions>().BindConfiguration("Sessions")
            .Validate(o => o.IsValid(), "Sessions: MaxOwnerChoices 1-200, MaxActionPoints 1-30, MaxSignals 1-20, due working days 1-250").ValidateOnStart();
        services.AddSingleton<ICasusErasedListener, SessionErasure>();
        services.AddSingleton<OwnerDirectory>();
        services.AddSingleton<OutcomeInputs>();
        services.AddSingleton<SignalForms>();
        services.AddSingleton<TriageSignal>();
        services.AddSingleton<OutcomeCards>();
        services.AddSingleton<OutcomeGuard>();
        services.AddSingleton<OutcomeValidator>();
        services.AddSingleton<SessionNotifier>();
        services.AddSingleton<CasusCompletion>();
        services.AddSingleton<Signals.ISignalClosedListener, SignalClosedCompletion>();
        services.AddSingleton<ICommandHandler, OutcomeCommandHandler>();
        services.AddSingleton<ICardActionHandler, OutcomeFormHandler>();
        services.AddSingleton<ICardActionHandler, OutcomeRecordHandler>();
        services.AddSingleton<ICardActionHandler, ActionPointHandler>();
        services.AddSingleton<ICardActionHandler, CasusCloseHandler>();
        return services.AddMyTasks();
    }

    /// <summary>"Mijn taken", "mijn actiepunten" and the signals part; the invitations part comes with AddPanels.</summary>
    private static IServiceCollection AddMyTasks(this IServiceCollection services)
    {
        services.AddSingleton<MyTasksCard>();
        services.AddSingleton<MyTasksReply>();
        services.AddSingleton<ActionPointTasks>();
        services.AddSingleton<IMyTaskSource>(sp => sp.GetRequiredService<ActionPointTasks>());
        services.AddSingleton<IMyTaskSource, SignalTasks>();
        services.AddSingleton<ICommandHandler, MyActionPointsHandler>();
        services.AddSingleton<ICommandHandler, MyTasksHandler>();
        return services;
    }
}
