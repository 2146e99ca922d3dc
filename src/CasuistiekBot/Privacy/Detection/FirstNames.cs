using System.Collections.Frozen;
using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Given names (the data file <c>Words/first-names.txt</c>). A name from this list is recognised without a title and the
/// surname after it is taken along; with the Dutch word list loaded, a given name that is also an ordinary word
/// ("Roos", "Bas") needs more evidence (see <see cref="NameEvidence"/>).
/// </summary>
internal static class FirstNames
{
    public static FrozenSet<string> Words => NameLists.FirstNames;

    /// <summary>Words that make the next capitalised word part of a title or a street, not a person.</summary>
    public static readonly HashSet<string> NotAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "koning", "koningin", "prins", "prinses", "sint", "st.", "keizer", "paus", "profeet", "heilige", "sultan",
    };
}
