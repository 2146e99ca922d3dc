using CasuistiekBot.Delivery;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Coordinators;

/// <summary>
/// Names what an undeliverable message was about, for the failure notice in the coordinators' channel. A slice whose
/// messages deserve a notice says it for its own outbox keys, so the notice needs no knowledge of that slice's tables.
/// </summary>
internal interface IFailedMessageSubject
{
    /// <returns>The subject in <paramref name="language"/>, or null when the dead letter's key is not this slice's.</returns>
    Task<FailureSubject?> DescribeAsync(CasuistiekDbContext db, DeadLetter deadLetter, string language, CancellationToken cancellationToken);
}
