namespace CasuistiekBot.Routing;

// Whether a story points to social unsafety or an integrity breach, with the words that gave it away.
internal sealed record SafetySignal(SafetyKind Kind, double Strength, IReadOnlyList<string> Words)
{
    public static SafetySignal None { get; } = new(SafetyKind.None, 0, []);

    public bool Raised => Kind != SafetyKind.None;
}
