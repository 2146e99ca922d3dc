using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

/// <summary>
/// Told of a new casus inside the submission's transaction, so what it queues commits (or not) with the casus. It is
/// asked in steps because concurrent submissions queue behind the one holding the reference counter: first, before
/// the number is taken, it reads whatever it needs and returns its rows (<see cref="SubmittedRows"/>); the rows that
/// need only the casus' id are saved with the casus before the number is claimed, and only those that show the
/// reference are added after it, without a round trip to the database.
/// </summary>
internal interface ICasusSubmittedListener
{
    Task<SubmittedRows> PrepareAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken);
}

/// <summary>
/// What a listener adds for a new casus: <paramref name="Unnumbered"/> with the casus' id only, saved before the
/// reference is claimed; <paramref name="Numbered"/> once the casus has its reference (null when nothing shows it).
/// </summary>
internal sealed record SubmittedRows(Action<Casus>? Unnumbered, Action<Casus>? Numbered)
{
    public static SubmittedRows None { get; } = new(null, null);
}
