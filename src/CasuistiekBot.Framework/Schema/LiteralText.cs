using System.Text;
using System.Text.RegularExpressions;

namespace CasuistiekBot.Framework.Schema;

/// <summary>
/// Text shown as it was typed. Teams reads markdown (and in messages some HTML) in message text, TextBlocks and facts,
/// so a person's or a language model's text could otherwise turn into a link, an image, a heading or a mention.
/// <see cref="ForMarkdown"/> puts a backslash before what a renderer would read as formatting (CommonMark shows an
/// escaped punctuation character as itself); <see cref="WithoutControls"/> removes bidirectional overrides and control
/// characters, which make text read differently from what it says. Bare web addresses stay as they are: what they show
/// is where they lead.
/// </summary>
public static partial class LiteralText
{
    /// <summary>The text without bidirectional embeddings, overrides and isolates or control characters; line breaks and tabs stay.</summary>
    public static string WithoutControls(string text)
    {
        if (!text.Any(IsRemoved)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r') builder.Append(i + 1 < text.Length && text[i + 1] == '\n' ? "" : "\n");
            else if (!IsRemoved(c)) builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The text without controls (see <see cref="WithoutControls"/>) and with markdown and HTML escaped, for a place that renders markdown.</summary>
    public static string ForMarkdown(string text)
    {
        var clean = WithoutControls(text);
        var builder = new StringBuilder(clean.Length + 16);
        var lineStart = true;
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            if (lineStart && c is not (' ' or '\t')) EscapeBlockMarker(clean, i, builder);
            lineStart = c == '\n' || (lineStart && c is ' ' or '\t');
            if (NeedsEscape(clean, i)) builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    // What starts a heading, quote, list, table or setext underline only at the start of a line; the character itself
    // is escaped where the loop meets it (e.g. "1." becomes "1\." through the digits' dot).
    private static void EscapeBlockMarker(string text, int at, StringBuilder builder)
    {
        if (text[at] is '#' or '>' or '-' or '+' or '=' or '|') builder.Append('\\');
    }

    private static bool NeedsEscape(string text, int i) => text[i] switch
    {
        '\\' or '`' or '*' or '<' => true,
        '_' or '~' => !IsWordCharacter(text, i - 1) || !IsWordCharacter(text, i + 1),
        ']' => i + 1 < text.Length && text[i + 1] is '(' or '[' or ':',
        '&' => Entity().IsMatch(text.AsSpan(i + 1)),
        '.' or ')' => IsOrderedListMarker(text, i),
        _ => false,
    };

    // "12." or "3)" right at the start of a line (after spaces) would begin an ordered list.
    private static bool IsOrderedListMarker(string text, int i)
    {
        var start = i;
        while (start > 0 && char.IsAsciiDigit(text[start - 1])) start--;
        if (start == i) return false;
        while (start > 0 && text[start - 1] is ' ' or '\t') start--;
        return start == 0 || text[start - 1] == '\n';
    }

    private static bool IsWordCharacter(string text, int i) => i >= 0 && i < text.Length && char.IsLetterOrDigit(text[i]);

    private static bool IsRemoved(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' || (char.IsControl(c) && c is not ('\n' or '\t'));

    [GeneratedRegex("^#?[A-Za-z0-9]{1,32};", RegexOptions.CultureInvariant)]
    private static partial Regex Entity();
}
