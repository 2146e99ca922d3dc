namespace CasuistiekBot.Hearing;

/// <summary>The card templates (cards/&lt;name&gt;.json) this slice renders.</summary>
internal static class HeardCardNames
{
    public const string Heard = "heard";
}
