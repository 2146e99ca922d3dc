namespace CasuistiekBot.Retention;

/// <summary>The card templates (cards/&lt;name&gt;.json) retention renders.</summary>
internal static class RetentionCardNames
{
    public const string Erase = "erase";
}
