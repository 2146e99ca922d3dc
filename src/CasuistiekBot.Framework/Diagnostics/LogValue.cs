using System.Globalization;
using System.Text;

namespace CasuistiekBot.Framework.Diagnostics;

/// <summary>
/// Makes a value that came from outside (an activity, a token, a card) safe to put in a log message or scope. Control
/// characters would let a sender forge log lines (CR/LF) or drive a terminal (ANSI escapes start with ESC), and
/// bidirectional and other invisible format characters hide what a line says; all of them are written as <c>\uXXXX</c>
/// so a reader still sees that they were there. Long values are cut, with the number of characters left out.
/// </summary>
public static class LogValue
{
    /// <summary>The longest value written in full by <see cref="Safe"/> unless the caller asks otherwise.</summary>
    public const int DefaultMaxLength = 200;

    /// <summary>The value with control and format characters escaped and cut to <paramref name="maxLength"/>; <c>(none)</c> for null.</summary>
    public static string Safe(string? value, int maxLength = DefaultMaxLength)
    {
        if (value is null) return "(none)";
        var builder = new StringBuilder(Math.Min(value.Length, maxLength) + 16);
        var kept = 0;
        foreach (var c in value)
        {
            if (kept == maxLength) break;
            kept++;
            if (NeedsEscape(c)) builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else builder.Append(c);
        }
        if (kept < value.Length) builder.Append(CultureInfo.InvariantCulture, $"…(+{value.Length - kept})");
        return builder.ToString();
    }

    /// <summary>True when <paramref name="value"/> holds a character <see cref="Safe"/> would escape.</summary>
    public static bool HasUnsafeCharacters(string? value) => value is not null && value.Any(NeedsEscape);

    private static bool NeedsEscape(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control => true,              // C0 (CR, LF, ESC, NUL), DEL and C1 (including the one-byte CSI)
        UnicodeCategory.Format => true,               // bidi overrides and isolates, zero-width characters
        UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        _ => false,
    };
}
