using System.Text;
using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>IBANs in any case, compact or grouped, for every registry country; the mod-97 check decides.</summary>
internal static partial class IbanDetector
{
    [GeneratedRegex(@"(?<![\p{L}\d])[A-Za-z]{2}\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex CountryAndCheck();

    public static void Detect(string text, List<DetectedSpan> found)
    {
        foreach (Match start in CountryAndCheck().Matches(text))
        {
            var country = text.Substring(start.Index, 2).ToUpperInvariant();
            if (!IbanCountries.Lengths.TryGetValue(country, out var length)) continue;
            if (TryRead(text, start.Index, length, out var end, out var compact) && Checksums.PassesIbanMod97(compact))
            {
                found.Add(new DetectedSpan(start.Index, end - start.Index, PersonalDataKinds.Iban, compact, Strength.Keyword));
            }
        }
    }

    private static bool TryRead(string text, int index, int length, out int end, out string compact)
    {
        var builder = new StringBuilder(length);
        end = index;
        var i = index;
        while (i < text.Length && builder.Length < length)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
                end = ++i;
            }
            else if (c is ' ' or '\u00A0' or '-' && builder.Length >= 4 && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else break;
        }
        compact = builder.ToString();
        return compact.Length == length && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }
}
