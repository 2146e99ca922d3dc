namespace CasuistiekBot.Sessions;

/// <summary>An outcome that passed every check again at the moment of recording.</summary>
internal sealed record ValidOutcome(string SharedView, OutcomeDraft Draft);
