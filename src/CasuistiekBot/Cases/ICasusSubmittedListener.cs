using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

/// <summary>
/// Told of a new casus inside the submission's transaction, so what it queues commits (or not) with the casus. It is
/// asked in two steps because concurrent submissions queue behind the one holding the reference counter: first, before
/// the number is taken, it reads whatever it needs; then, once the casus has its reference, the returned action adds
/// its rows to <c>db</c> without a round trip to the database.
/// </summary>
internal interface ICasusSubmittedListener
{
    Task<Action<Casus>> PrepareAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken);
}
