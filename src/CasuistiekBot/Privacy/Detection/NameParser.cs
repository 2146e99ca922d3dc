using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Reads a person name from a position: initials ("J.P."), particles ("van der", "in 't", "el"), capitalised name words
/// with hyphens and apostrophes ("Jansen-El Amrani", "Al-Hassan", "D'Souza"). It stops at the first lowercase word
/// that is no particle, at punctuation, at places ("Ter Apel") and at words that are no names (see <see cref="NameLexicon"/>).
/// </summary>
internal static partial class NameParser
{
    private const int MaxNameWords = 5;

    [GeneratedRegex(@"\G(?:(?:Th|Chr|Ch|Ph|Joh|Jac|Fr|Wm|\p{Lu})\.[ \u00A0]?){1,5}(?=[ \u00A0]?\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex Initials();

    public static (int Start, int End)? Parse(string text, int position)
    {
        var i = position;
        while (i < text.Length && text[i] is ' ' or '\u00A0' && i - position < 2) i++;
        return ParseFrom(text, i, withInitials: true) ?? ParseFrom(text, i, withInitials: false);
    }

    /// <summary>
    /// Past the "van" of "de moeder van Ahmed", which is no part of the name; but "van der", "van den" and "van 't" open a
    /// family name ("gedetineerde van der Linde"), as no article after "van" is written that way.
    /// </summary>
    public static int AfterOf(string text, int position)
    {
        if (!text.AsSpan(position).StartsWith("van ", StringComparison.Ordinal)) return position;
        var (_, next) = ReadToken(text, position + 4);
        return next is "der" or "den" or "'t" or "’t" ? position : position + 4;
    }

    private static (int Start, int End)? ParseFrom(string text, int start, bool withInitials)
    {
        var i = start;
        if (withInitials && Initials().Match(text, i) is { Success: true } initials)
        {
            i = initials.Index + initials.Length;
            while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
        }
        var end = -1;
        var words = 0;
        var pendingParticles = 0;
        var nameOnlyParticle = false;
        while (i < text.Length && words < MaxNameWords)
        {
            if (StartsWithPlace(text, i)) break;
            var (tokenEnd, token) = ReadToken(text, i);
            if (token.Length == 0) break;
            if (IsParticle(token, text, tokenEnd))
            {
                pendingParticles++;
                nameOnlyParticle |= NameLexicon.NameOnlyParticles.Contains(token);
                if (pendingParticles > 3) break;
            }
            else if (IsNameWord(token) || (nameOnlyParticle && IsNameWord(token, placeAllowed: true)))
            {
                end = tokenEnd;
                words++;
                pendingParticles = 0;
                nameOnlyParticle = false;
                if (token.EndsWith('-')) { i = tokenEnd; continue; }
            }
            else break;
            if (tokenEnd >= text.Length || text[tokenEnd] is not (' ' or '\u00A0')) break;
            i = tokenEnd + 1;
        }
        if (end < 0) return null;
        if (end - start >= 2 && (text[end - 1] == 's' && text[end - 2] is '\'' or '’')) end -= 2;
        return (start, end);
    }

    /// <summary>
    /// True for a capitalised word that can be (part of) a name; with <paramref name="placeAllowed"/> also a place, as
    /// after "van den" and "van der" ("van den Bosch"), particles no place name is written with.
    /// </summary>
    public static bool IsNameWord(string token, bool placeAllowed = false)
    {
        var core = token.TrimEnd('-');
        if (core.Length < 2) return false;
        var parts = core.Split('-');
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p].TrimEnd('\'', '’').Replace("'s", "").Replace("’s", "");
            if (part.Length == 0) return false;
            var particle = NameLexicon.Particles.Contains(part);
            if (particle && (p < parts.Length - 1 || parts.Length > 1)) continue;
            if (!char.IsUpper(part[0]) || !part.Any(char.IsLower)) return false;
            if (part.Skip(1).Count(char.IsUpper) > 2) return false;
            // "RvR", "RvdK": a word that ends in a capital is an abbreviation; names end in lower case ("McDonald").
            if (part.Length > 1 && char.IsUpper(part[^1])) return false;
        }
        return !NameLexicon.NotNames.Contains(core) && (placeAllowed || !PlaceLexicon.Words.Contains(core)) && !StreetWords.IsStreetOnlyWord(core)
            && core.Any(char.IsLower);
    }

    internal static bool IsParticle(string token, string text, int tokenEnd)
    {
        if (!NameLexicon.Particles.Contains(token)) return false;
        if (NameLexicon.LeadingOnlyParticles.Contains(token))
        {
            var (_, next) = ReadToken(text, Math.Min(text.Length, tokenEnd + 1));
            return NameLexicon.Particles.Contains(next) && !NameLexicon.LeadingOnlyParticles.Contains(next);
        }
        return true;
    }

    internal static bool StartsWithPlace(string text, int i)
    {
        foreach (var place in PlaceLexicon.MultiWord)
        {
            if (string.CompareOrdinal(text, i, place, 0, place.Length) == 0 && (i + place.Length == text.Length || !char.IsLetter(text[i + place.Length]))) return true;
        }
        return false;
    }

    internal static (int End, string Token) ReadToken(string text, int i)
    {
        var j = i;
        while (j < text.Length && (char.IsLetter(text[j]) || text[j] is '\'' or '’' or '-' || (text[j] == '.' && j > i && IsAbbreviatedParticle(text, i, j))))
        {
            if (text[j] == '-' && j + 1 < text.Length && text[j + 1] == ' ') { j++; break; }
            j++;
        }
        if (j > i && text[i] is '\'' or '’' && !(j - i == 2 && text[j - 1] == 't')) return (i, "");
        return (j, text[i..j]);
    }

    private static bool IsAbbreviatedParticle(string text, int start, int dot) => text.AsSpan(start, dot - start) is "v" or "d" or "v.d" or "St";
}
