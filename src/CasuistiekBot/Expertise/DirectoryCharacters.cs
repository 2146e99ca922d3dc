namespace CasuistiekBot.Expertise;

/// <summary>
/// Characters a directory value may not hold: control characters (C0, DEL, C1; a NUL cuts a value short in some
/// stores and tools) and the invisible direction marks and overrides that make a name read differently from what it
/// is (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069).
/// </summary>
internal static class DirectoryCharacters
{
    /// <returns>The first forbidden character, or null when there is none.</returns>
    public static char? FirstForbidden(string value)
    {
        foreach (var c in value)
        {
            if (IsForbidden(c)) return c;
        }
        return null;
    }

    private static bool IsForbidden(char c) =>
        c < '\u0020' || c is >= '\u007F' and <= '\u009F'
        || c is '\u061C' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
