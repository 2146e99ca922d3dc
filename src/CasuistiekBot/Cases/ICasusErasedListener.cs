using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

/// <summary>
/// Told, inside the erasure's transaction, that the texts of a casus are being erased: whoever keeps text about it in
/// their own tables (questions and answers, a session's outcome, action points, a panel's place) blanks it there, so
/// that it commits with the erasure or not at all. Runs before the withdrawal listeners, whose cards then show the
/// erased casus.
/// </summary>
internal interface ICasusErasedListener
{
    Task OnErasedAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken);
}
