namespace CasuistiekBot.Routing;

internal sealed class SignalDefinition
{
    public string? Term { get; set; }
    public double Weight { get; set; } = 1;

    // Generic words (fraude, intimidatie) also occur in asylum accounts; they count fully only in a workplace context.
    public bool NeedsContext { get; set; }

    // Overrides the route's Negatable for this term: "ik hoef geen besluit" denies a need for a decision.
    public bool? Negatable { get; set; }

    // Only in a sentence that ends with a question mark: "Geldt dit ook voor ...?" asks how a rule reads.
    public bool Question { get; set; }

    // Only as the first words of a sentence: "Mag een ...?" asks permission, "... mag niet ..." states a rule.
    public bool OpensSentence { get; set; }
}
