using CasuistiekBot.Localization;

namespace CasuistiekBot.Signals.Intake;

/// <summary>What a keeper's click did: the audit action and its details, or the refusal to show.</summary>
internal sealed record KeeperDecision(Refusal? Refusal, string? Action, string? Details)
{
    public static KeeperDecision From(SignalChange change, string? details = null) =>
        change.Succeeded ? new KeeperDecision(null, change.Action, details) : new KeeperDecision(new Refusal(change.Refusal!), null, null);
}
