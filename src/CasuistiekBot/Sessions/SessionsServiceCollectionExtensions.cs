using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Tasks;

namespace CasuistiekBot.Sessions;

internal static class SessionsServiceCollectionExtensions
{
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.AddChannelLanguage();
        services.AddOptions<SessionOptions>().BindConfiguration("Sessions")
            .Validate(o => o.IsValid(), "Sessions: MaxActionPoints 1-30, MaxSignals 1-20, ActionPointDueWorkingDays 1-250").ValidateOnStart();
        services.AddSingleton<ICasusErasedListener, SessionErasure>();
        services.AddSingleton<ICasusTimelineSource, SessionTimeline>();
        services.AddSingleton<OutcomeInputs>();
        services.AddSingleton<OutcomeCards>();
        services.AddSingleton<OutcomeGuard>();
        services.AddSingleton<OutcomeValidator>();
        services.AddSingleton<SessionNotifier>();
        services.AddSingleton<ActionPointReminders>();
        services.AddSingleton<CasusCompletion>();
        services.AddSingleton<Signals.ISignalClosedListener, SignalClosedCompletion>();
        services.AddSingleton<ICommandHandler, OutcomeCommandHandler>();
        services.AddSingleton<ICardActionHandler, OutcomeFormHandler>();
        services.AddSingleton<ICardActionHandler, OutcomeRecordHandler>();
        services.AddSingleton<ICardActionHandler, ActionPointHandler>();
        services.AddSingleton<ICardActionHandler, CasusCloseHandler>();
        return services.AddMyTasks();
    }

    /// <summary>The action points part of "mijn taken", and "mijn actiepunten".</summary>
    private static IServiceCollection AddMyTasks(this IServiceCollection services)
    {
        services.AddSingleton<ActionPointTasks>();
        services.AddSingleton<IMyTaskSource>(sp => sp.GetRequiredService<ActionPointTasks>());
        services.AddSingleton<ICommandHandler, MyActionPointsHandler>();
        return services;
    }
}
