namespace CasuistiekBot.Privacy.Detection;

/// <summary>Titles before a capitalised word that make it part of a title or a street, not a person ("Koning Willem", "Sint Jan").</summary>
internal static class FirstNames
{
    /// <summary>Words that make the next capitalised word part of a title or a street, not a person.</summary>
    public static readonly HashSet<string> NotAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "koning", "koningin", "prins", "prinses", "sint", "st.", "keizer", "paus", "profeet", "heilige", "sultan",
    };
}
