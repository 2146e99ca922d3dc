namespace CasuistiekBot.Framework.Dialogs;

/// <summary>What the engine did with a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No flow is waiting for input (none, or the top one is paused): let other handlers take the turn.</summary>
    NoActiveFlow,

    /// <summary>Not a message activity; the engine did nothing.</summary>
    Ignored,

    /// <summary>A question was asked (or asked again); the flow waits for the answer.</summary>
    Waiting,

    /// <summary>Every step was answered and the completion handler ran.</summary>
    Completed,

    /// <summary>The user stopped the flow.</summary>
    Cancelled,

    /// <summary>The user paused the flow; its answers are kept until "verder"/"continue".</summary>
    Paused,

    /// <summary>Three answers in a row were not understood; the flow was paused with its answers kept.</summary>
    GaveUp,

    /// <summary>The flow changed version under the conversation and was started again.</summary>
    Restarted,

    /// <summary>The flow no longer exists (or the stored state was unreadable) and was dropped.</summary>
    Dropped,
}
