using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>A person's open signals: the ones they own, handle as behandelaar, or are offered, earliest due date first.</summary>
internal static class MySignals
{
    /// <summary>The most signal cards one "mijn signalen" posts; the list card names them all.</summary>
    public const int MaxCards = 10;

    public static async Task<List<Signal>> OpenAsync(CasuistiekDbContext db, string aadObjectId, CancellationToken cancellationToken)
    {
        var me = aadObjectId.ToLowerInvariant();
        var signals = await db.Set<Signal>()
            .Where(s => s.Status != SignalStatus.Closed && s.Status != SignalStatus.Reported && s.Status != SignalStatus.Merged && s.Status != SignalStatus.Declined
                && (s.OwnerAadObjectId.ToLower() == me || (s.HandlerAadObjectId != null && s.HandlerAadObjectId.ToLower() == me)
                    || (s.TransferToAadObjectId != null && s.TransferToAadObjectId.ToLower() == me)))
            .ToListAsync(cancellationToken);
        return [.. signals.OrderBy(s => s.DueDate).ThenBy(s => s.Reference, StringComparer.Ordinal)];
    }

    /// <summary>The card this person may act on: the owner's, the behandelaar's, or the offer to take it over.</summary>
    public static SignalView ViewFor(Signal signal, string aadObjectId) =>
        signal.IsOwnedBy(aadObjectId) ? SignalView.Owner : signal.IsHandledBy(aadObjectId) ? SignalView.Handler : SignalView.Offered;
}
