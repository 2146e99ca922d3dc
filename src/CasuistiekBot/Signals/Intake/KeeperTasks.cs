using CasuistiekBot.Calendar;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using CasuistiekBot.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals.Intake;

/// <summary>The keeper's part of "mijn taken": the reported signals waiting for a decision, oldest first; not part of anyone else's list.</summary>
internal sealed class KeeperTasks(SignalKeepers keepers, KeeperCards cards, WorkingDayCalendar calendar, Texts texts) : IMyTaskSource
{
    public int Order => 4;

    public string TextPrefix => "mytasks.reported";

    public Task<bool> ConcernsAsync(string aadObjectId, CancellationToken cancellationToken) => keepers.IsKeeperAsync(aadObjectId, cancellationToken);

    public async Task<IReadOnlyList<MyTask>> OpenAsync(CasuistiekDbContext db, string aadObjectId, string language, CancellationToken cancellationToken)
    {
        if (!await keepers.IsKeeperAsync(aadObjectId, cancellationToken)) return [];
        var waiting = await db.Set<Signal>().AsNoTracking().Where(s => s.Status == SignalStatus.Reported).ToListAsync(cancellationToken);
        return [.. waiting.OrderBy(s => s.CreatedAt).Select(signal => new MyTask(
            Reference: signal.Reference,
            Title: signal.Title,
            Detail: texts.Get(SignalsIntakeTextKeys.SignalReportTaskReported, language, Texts.Day(calendar.LocalDate(signal.CreatedAt), language)),
            State: texts.Get(SignalsTextKeys.SignalStatusPrefix + signal.Status, language),
            Overdue: false,
            Note: null,
            PostCardAgainAsync: (db, request, cancellationToken) => cards.ReshowAsync(db, signal, request, language, cancellationToken)))];
    }
}
