using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Framework.Dialogs;

// The frame whose step was running when the turn's exception left the engine, kept in TurnState for
// DialogFailureRecovery. Position is the frame's index on the stack, or null for the frame that had just completed
// (its completion handler failed). The exception ties the mark to the failure the error handler caught: a failure
// that app code caught and handled earlier in the turn marks nothing that a later, unrelated bug could act on.
internal sealed record FailedFrame(string FlowId, int? Position, Exception Exception)
{
    public static void Mark(ITurnContext turn, DialogStack stack, DialogFrame frame, Exception exception)
    {
        // Frames nest (a completion handler may begin a flow); the innermost one that failed is marked first and stays.
        if (turn.State.Get<FailedFrame>() is { } marked && ReferenceEquals(marked.Exception, exception)) return;
        var position = stack.Frames.IndexOf(frame);
        if (position >= 0) turn.State.Set(new FailedFrame(frame.FlowId, position, exception));
        else if (ReferenceEquals(stack.LastCompleted, frame)) turn.State.Set(new FailedFrame(frame.FlowId, null, exception));
    }

    public bool Caused(Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (ReferenceEquals(e, Exception)) return true;
        }
        return false;
    }

    /// <returns>Whether the stored stack still held the frame, which is now removed from it.</returns>
    public bool RemoveFrom(DialogStack stack)
    {
        if (Position is not { } position)
        {
            if (stack.LastCompleted?.FlowId != FlowId) return false;
            stack.LastCompleted = null;
            return true;
        }
        if (position >= stack.Frames.Count || stack.Frames[position]?.FlowId != FlowId) return false;
        stack.Frames.RemoveAt(position);
        return true;
    }
}
