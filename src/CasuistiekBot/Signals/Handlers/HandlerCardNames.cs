namespace CasuistiekBot.Signals.Handlers;

/// <summary>The card templates (cards/&lt;name&gt;.json) of the behandelaar.</summary>
internal static class HandlerCardNames
{
    public const string Digest = "handler-digest";
}
