using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

/// <summary>Told, inside the addition's transaction, that the author added to a casus (the triage card shows it).</summary>
internal interface ICasusAddedToListener
{
    Task OnAddedToAsync(CasuistiekDbContext db, Casus casus, CancellationToken cancellationToken);
}
