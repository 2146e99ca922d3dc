namespace CasuistiekBot.Policy;

/// <summary>
/// The laws and regulations policy files cases and signals under (<c>Policy:Laws</c>), and the names and abbreviations
/// by which staff write them (<c>Policy:LawAliases</c>: law → words), so the law can be suggested from the text.
/// </summary>
internal sealed class PolicyOptions
{
    public const string Section = "Policy";

    /// <summary>The choice list; empty means <see cref="PolicyLaws.Defaults"/>.</summary>
    public List<string> Laws { get; set; } = [];

    /// <summary>Per law, how it is written: "Vw 2000", "vreemdelingenwet", "Pbw". Matched as whole words, case and accents folded.</summary>
    public Dictionary<string, List<string>> LawAliases { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
