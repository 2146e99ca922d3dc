using CasuistiekBot.Storage;

namespace CasuistiekBot.Signals;

/// <summary>Told of a signal registered on the new-signal form, in its transaction, with the further cases the form linked.</summary>
internal interface ISignalRegisteredListener
{
    Task OnRegisteredAsync(CasuistiekDbContext db, Signal signal, IReadOnlyList<Guid> linkedCases, CancellationToken cancellationToken);
}
