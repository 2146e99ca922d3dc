namespace CasuistiekBot.Signals;

/// <summary>What policy looks for in a signal: the law or regulation it concerns and whether it may discriminate.</summary>
public sealed partial class Signal
{
    /// <summary>The law or regulation concerned, one of the configured list (e.g. "Vreemdelingenwet 2000"), or none yet.</summary>
    public string? Law { get; set; }

    /// <summary>The rule or practice may work out (indirectly) discriminating.</summary>
    public bool PossiblyDiscriminatory { get; set; }

    /// <summary>The owner or a keeper sets the law (already checked against the list; null for none) and the flag. Not an owner's update: the reminders keep their pace.</summary>
    public SignalChange Retag(string? law, bool possiblyDiscriminatory, DateTimeOffset at) =>
        Apply(at, () =>
        {
            Law = law;
            PossiblyDiscriminatory = possiblyDiscriminatory;
        }, "wet", ownerUpdate: false);
}
