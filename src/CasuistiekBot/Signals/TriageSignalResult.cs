using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Signals;

/// <summary>A signal registered from the triage card: the signal, the line for the card, and the author's message.</summary>
internal sealed record TriageSignalResult(Signal? Signal, string Summary, Activity? AuthorMessage, Refusal? Refusal)
{
    public static TriageSignalResult Refused(Refusal refusal) => new(null, "", null, refusal);
}
