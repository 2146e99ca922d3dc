using System.Text;

namespace CasuistiekBot.Localization;

internal static class TextKey
{
    // "DateNotUnderstood" → "date-not-understood", the way the catalogs spell their keys.
    public static string FromName(string name)
    {
        var key = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && key.Length > 0) key.Append('-');
            key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }
}
