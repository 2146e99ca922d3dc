namespace CasuistiekBot.Triage;

/// <summary>The card verbs of the triage card's policy part: the law and flag, and linking similar items by hand.</summary>
internal static class TriagePolicyVerbs
{
    public const string Law = "triage.law";
    public const string Link = "triage.link";
    public const string Unlink = "triage.unlink";
}
