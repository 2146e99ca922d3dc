using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

/// <summary>
/// Told, inside the withdrawal's transaction, that the author took a casus back: whoever shows or plans something for it
/// (the triage card, the panel and its invitations) brings that up to date, and it commits with the withdrawal or not at all.
/// </summary>
internal interface ICasusWithdrawnListener
{
    Task OnWithdrawnAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken);
}
