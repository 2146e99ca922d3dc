using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Policy;
using CasuistiekBot.Signals.Intake;

namespace CasuistiekBot.Signals;

/// <summary>
/// "Wet of regeling wijzigen" on the signal card: the owner or a signal keeper sets the law (only one of the configured
/// list, Policy:Laws; empty for none) and the "mogelijk (indirect) discriminerend" flag (only "true" or "false").
/// Anything else came from a tampered card and is refused; the change is audited with the law and the flag.
/// </summary>
internal sealed class SignalRetagging(PolicyLaws laws, SignalKeepers keepers)
{
    public async Task<SignalOutcome> ApplyAsync(Signal signal, CardAction action, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!signal.IsOwnedBy(actor) && !await keepers.IsKeeperAsync(actor, cancellationToken)) return SignalOutcome.Refused(SignalsTextKeys.SignalLawNotAllowed);
        var chosen = action.GetString("law")?.Trim();
        var law = string.IsNullOrEmpty(chosen) ? null : laws.Find(chosen);
        if (!string.IsNullOrEmpty(chosen) && law is null) return SignalOutcome.Refused(PolicyTextKeys.PolicyUnknownLaw);
        if (action.GetString("discriminatory") is not ("true" or "false")) return SignalOutcome.Refused(SignalsTextKeys.SignalBadFlag);
        var discriminatory = action.GetString("discriminatory") == "true";
        return SignalOutcome.From(signal.Retag(law, discriminatory, now), $"{law ?? "-"}{(discriminatory ? "; mogelijk discriminerend" : "")}");
    }
}
