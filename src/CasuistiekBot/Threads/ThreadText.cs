namespace CasuistiekBot.Threads;

/// <summary>A casus or signal as the similarity sees it: its words, themes, best route and law (any may be missing).</summary>
internal sealed record ThreadText(string Kind, string Text, string? Law, IReadOnlyList<string> Themes, string? Route)
{
    public const string Casus = "casus";
    public const string Signal = "signal";
}
