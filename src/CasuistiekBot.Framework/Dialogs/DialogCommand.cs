namespace CasuistiekBot.Framework.Dialogs;

/// <summary>Words that interrupt a flow, recognized only when they are the whole message.</summary>
public enum DialogCommand
{
    None,
    Cancel,
    Help,
    Back,
    Pause,
    Resume,
}
