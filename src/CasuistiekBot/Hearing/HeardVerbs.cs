namespace CasuistiekBot.Hearing;

/// <summary>The card verb of "Voelde je je gehoord?".</summary>
internal static class HeardVerbs
{
    public const string Answer = "heard.answer";
}
