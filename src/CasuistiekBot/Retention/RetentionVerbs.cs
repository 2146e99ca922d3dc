namespace CasuistiekBot.Retention;

/// <summary>The card verbs of the "erase my case" card.</summary>
internal static class RetentionVerbs
{
    public const string ErasePick = "erase.pick";
    public const string EraseConfirm = "erase.confirm";
    public const string EraseCancel = "erase.cancel";
}
