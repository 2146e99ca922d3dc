namespace CasuistiekBot.Cases;

/// <summary>What policy looks for in a casus: the law or regulation it concerns and whether it may discriminate.</summary>
public sealed partial class Casus
{
    /// <summary>The law or regulation concerned, one of the configured list (e.g. "Vreemdelingenwet 2000"), or none yet.</summary>
    public string? Law { get; set; }

    /// <summary>The rule or practice may work out (indirectly) discriminating; set by a coordinator.</summary>
    public bool PossiblyDiscriminatory { get; set; }
}
