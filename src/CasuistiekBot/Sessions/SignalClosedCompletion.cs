using CasuistiekBot.Cases;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Sessions;

/// <summary>A closed signal may be the last open item of its discussed casus: then the casus is afgerond too.</summary>
internal sealed class SignalClosedCompletion(CasusCompletion completion) : ISignalClosedListener
{
    public async Task OnClosedAsync(CasuistiekDbContext db, Signal signal, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (signal.SourceCasusId is not { } casusId) return;
        var casus = await CasusLookup.FindForChangeAsync(db, casusId, cancellationToken);
        if (casus is not null) await completion.TryCompleteAsync(db, casus, actor, at, cancellationToken);
    }
}
