namespace CasuistiekBot.Signals;

/// <summary>What a coordinator (or a session outcome) hands to the register; the text is scrubbed on registration.</summary>
public sealed record NewSignal(
    string Title, string Description, string Category, Guid? SourceCasusId, SignalOwner Owner, DateOnly DueDate, string? Source = null, string? SourceDescription = null)
{
    /// <summary>The law or regulation concerned, already checked against the configured list; null when none was chosen.</summary>
    public string? Law { get; init; }

    public bool PossiblyDiscriminatory { get; init; }
}
