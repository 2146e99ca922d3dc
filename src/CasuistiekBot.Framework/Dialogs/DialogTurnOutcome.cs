namespace CasuistiekBot.Framework.Dialogs;

/// <summary>The result of a dialog call: what happened, and the frame it happened to (if any).</summary>
public sealed record DialogTurnOutcome(DialogTurnStatus Status, DialogFrame? Frame = null)
{
    public static readonly DialogTurnOutcome NoActiveFlow = new(DialogTurnStatus.NoActiveFlow);
    public static readonly DialogTurnOutcome Ignored = new(DialogTurnStatus.Ignored);

    /// <summary>False when the router should offer the turn to other handlers.</summary>
    public bool Handled => Status is not (DialogTurnStatus.NoActiveFlow or DialogTurnStatus.Ignored);
}
