namespace CasuistiekBot.Signals.Handlers;

/// <summary>The owner's buttons for the behandelaar on the signal card.</summary>
internal static class HandlerVerbs
{
    public const string Assign = "signal.handler.assign";
    public const string Remove = "signal.handler.remove";
}
