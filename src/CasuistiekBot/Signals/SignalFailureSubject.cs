using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Expertise;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>
/// A signal card, reminder or escalation that will not arrive, named for the coordinators' failure notice: the signal
/// and the person it was for (the owner, or whoever the key names).
/// </summary>
internal sealed class SignalFailureSubject(Texts texts) : IFailedMessageSubject
{
    public async Task<FailureSubject?> DescribeAsync(CasuistiekDbContext db, DeadLetter deadLetter, string language, CancellationToken cancellationToken)
    {
        var parts = deadLetter.IdempotencyKey.Split(':');
        if (parts.Length < 2 || parts[0] is not ("signal" or "signal-reminder" or "signal-escalation") || !Guid.TryParseExact(parts[1], "N", out var signalId)) return null;
        if (await db.Set<Signal>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == signalId, cancellationToken) is not { } signal) return null;
        var person = parts switch
        {
            ["signal", _, "card", var aad, ..] => aad,
            ["signal-escalation", _, var aad, ..] => aad,
            _ => signal.OwnerAadObjectId,
        };
        return new FailureSubject(texts.Get(SignalsTextKeys.SignalDeliveryOwner, language, signal.Reference, await NameAsync(db, person, signal, cancellationToken)));
    }

    private static async Task<string> NameAsync(CasuistiekDbContext db, string aad, Signal signal, CancellationToken cancellationToken) =>
        signal.IsOwnedBy(aad) ? signal.OwnerName
        : (await PersonQueries.FindAsync(db, aad, cancellationToken))?.Name ?? aad;
}
