namespace CasuistiekBot.Signals;

/// <summary>The card templates (cards/&lt;name&gt;.json) the signal slice renders.</summary>
internal static class SignalCardNames
{
    public const string Owner = "signal-owner";
    public const string New = "signal-new";
    public const string Overview = "signal-overview";
    public const string MtDigest = "mt-digest";
    public const string Escalation = "escalation";
    public const string MySignals = "my-signals";
}
