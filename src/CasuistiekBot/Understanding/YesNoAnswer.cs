namespace CasuistiekBot.Understanding;

internal enum YesNoAnswer
{
    Yes,
    No,

    /// <summary>A yes with a "but": "ja, alleen de datum klopt niet". Not a yes; ask what to change.</summary>
    Correction,

    /// <summary>Yes and no at once ("ja en nee"): ask back.</summary>
    Mixed,

    Unknown,
}
