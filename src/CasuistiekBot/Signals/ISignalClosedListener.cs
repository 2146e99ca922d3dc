using CasuistiekBot.Storage;

namespace CasuistiekBot.Signals;

/// <summary>
/// Told when a signal closes, in the same unit of work as the close, so that what depends on it (the source casus
/// reaching afgerond) commits with it.
/// </summary>
internal interface ISignalClosedListener
{
    Task OnClosedAsync(CasuistiekDbContext db, Signal signal, string actor, DateTimeOffset at, CancellationToken cancellationToken);
}
