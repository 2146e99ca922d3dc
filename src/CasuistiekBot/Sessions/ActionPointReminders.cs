using CasuistiekBot.Delivery;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Sessions;

/// <summary>
/// The outbox group of an action point's reminders (at most one is ever pending) and the one way to drop them: when
/// the point is done or its casus closes, a reminder still waiting would now be wrong.
/// </summary>
internal sealed class ActionPointReminders(IOutbox outbox)
{
    public const string Kind = "actionpoint-reminder";

    /// <summary>The coordinators' notice that the point is long overdue: dropped too while it still waits.</summary>
    public const string EscalationKind = "actionpoint-escalation";

    public static OutboxKey Of(ActionPoint point) => OutboxKey.Of(Kind, point.Id);

    public static OutboxKey EscalationOf(ActionPoint point) => OutboxKey.Of(EscalationKind, point.Id);

    public async Task<int> CancelPendingAsync(CasuistiekDbContext db, ActionPoint point, CancellationToken cancellationToken) =>
        await outbox.CancelPendingAsync(db, Of(point), null, cancellationToken)
        + await outbox.CancelPendingAsync(db, EscalationOf(point), null, cancellationToken);

    public async Task CancelPendingAsync(CasuistiekDbContext db, IEnumerable<ActionPoint> points, CancellationToken cancellationToken)
    {
        foreach (var point in points.Where(p => p.Status == ActionPointStatus.Open)) await CancelPendingAsync(db, point, cancellationToken);
    }
}
