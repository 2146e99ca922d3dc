using CasuistiekBot.Calendar;
using CasuistiekBot.Localization;
using CasuistiekBot.Signals.Handlers;
using CasuistiekBot.Storage;
using CasuistiekBot.Tasks;

namespace CasuistiekBot.Signals;

/// <summary>The signals part of "mijn taken": the same signals and cards as "mijn signalen".</summary>
internal sealed class SignalTasks(SignalPublisher publisher, WorkingDayCalendar calendar, TimeProvider clock, Texts texts) : IMyTaskSource
{
    public int Order => 3;

    public string TextPrefix => "mytasks.signals";

    public async Task<IReadOnlyList<MyTask>> OpenAsync(CasuistiekDbContext db, string aadObjectId, string language, CancellationToken cancellationToken)
    {
        var today = calendar.LocalDate(clock.GetUtcNow());
        string T(string key, params object[] args) => texts.Get(key, language, args);
        return [.. (await MySignals.OpenAsync(db, aadObjectId, cancellationToken)).Select(signal => new MyTask(
            Reference: signal.Reference,
            Title: signal.Title,
            Detail: T(SignalsTextKeys.SignalMineDue, Texts.Day(signal.DueDate, language)),
            State: T(SignalsTextKeys.SignalStatusPrefix + signal.Status),
            Overdue: today > signal.DueDate,
            Note: signal.IsOwnedBy(aadObjectId) ? null
                : signal.IsHandledBy(aadObjectId) ? T(SignalsHandlersTextKeys.SignalHandlerMine, signal.OwnerName)
                : T(SignalsTextKeys.SignalMineOffered, signal.OwnerName),
            PostCardAgainAsync: (db, request, cancellationToken) =>
                publisher.ReshowAsync(db, signal, MySignals.ViewFor(signal, aadObjectId), request, language, cancellationToken)))];
    }
}
