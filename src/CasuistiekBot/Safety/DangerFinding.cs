namespace CasuistiekBot.Safety;

/// <summary>What the detector found in one message: the kinds of danger and the words that pointed to them.</summary>
internal sealed record DangerFinding(DangerKind Kinds, IReadOnlyList<string> Cues)
{
    public static DangerFinding None { get; } = new(DangerKind.None, []);

    public bool Found => Kinds != DangerKind.None;
}
