using System.Text.RegularExpressions;
using CasuistiekBot.Privacy.Words;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Full names no list knows: two or more capitalised words in a row, each a listed name or a word no list knows ("Rahwa
/// Tekle", "Łukasz Zieliński", "Mohammad Nabi Hotak"), with particles between them ("Fatima el Idrissi"); in capitals
/// too ("HÜSEYIN KAYA"). One unknown word may be a typo, a brand or a foreign word; two in a row that are neither a
/// place nor an organisation are a person. The run is no name when it is part of a longer proper name (a capitalised
/// word before or after it mid-sentence), follows an article, a place preposition or an institution word, or comes
/// before a street or institution word.
/// </summary>
internal static class NameRunReader
{
    private const int MaxNameWords = 4;

    private static readonly HashSet<string> NotBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "een", "deze", "onze", "ons", "the", "a", "an", "in", "uit", "te", "naar", "vanuit",
        "richting", "nabij", "via", "from", "to", "near", "of",
    };

    public static IEnumerable<(int Start, int End)> Find(string text, MatchCollection words, NameEvidence evidence, Func<int, bool> taken)
    {
        for (var w = 0; w < words.Count; w++)
        {
            if (taken(words[w].Index) || !IsRunWord(words[w].Value, evidence)) continue;
            var capitals = IsCapitals(words[w].Value);
            var last = w;
            var nameWords = 1;
            var unknown = evidence.IsUnknown(words[w].Value) ? 1 : 0;
            var afterParticle = false;
            for (var next = w + 1; next < words.Count && nameWords < MaxNameWords; next++)
            {
                if (!Adjacent(text, words[next - 1], words[next]) || taken(words[next].Index)) break;
                var value = words[next].Value;
                if (IsParticle(value, capitals)) { afterParticle = true; continue; }
                if (IsCapitals(value) != capitals) break;
                // "Anne-Marie van den Berg": after a particle a listed family name, even one that is also a word.
                if (afterParticle && evidence.IsSurname(value) && !NameEvidence.IsNeverName(value))
                {
                    last = next;
                    nameWords++;
                    break;
                }
                afterParticle = false;
                // "Mohammad Nabi Hotak": an ordinary word between two name words is a given name that is also a word.
                if (!IsRunWord(value, evidence) && !(IsBridge(value, evidence) && next + 1 < words.Count
                    && Adjacent(text, words[next], words[next + 1]) && IsRunWord(words[next + 1].Value, evidence) && IsCapitals(words[next + 1].Value) == capitals)) break;
                last = next;
                nameWords++;
                if (evidence.IsUnknown(value)) unknown++;
            }
            var first = WithGivenNamesBefore(text, words, w, capitals, evidence, taken);
            // "Adem Hoxha": a listed given name taken along before the run counts as one of its words.
            if (nameWords + (w - first) >= 2 && unknown >= 1 && !PartOfLongerName(text, words, first, last, evidence)) yield return (words[first].Index, words[last].Index + words[last].Length);
            w = last;
        }
    }

    /// <summary>
    /// "Juan Sebastián Cárdenas", "Roos Tesfay Haile": a listed given name that is also an ordinary word opens the run it
    /// stands right before; on its own it would have been no evidence.
    /// </summary>
    private static int WithGivenNamesBefore(string text, MatchCollection words, int first, bool capitals, NameEvidence evidence, Func<int, bool> taken)
    {
        for (var before = first - 1; before >= 0 && before >= first - 2; before--)
        {
            var word = words[before].Value;
            if (!Adjacent(text, words[before], words[before + 1]) || taken(words[before].Index) || IsCapitals(word) != capitals) break;
            if (!char.IsUpper(word[0]) || !evidence.IsFirstName(word) || NameEvidence.IsNeverName(word) || FirstNames.NotAfter.Contains(word)) break;
            if (!capitals && !word.Split('-').All(IsCapitalisedPart)) break;
            first = before;
        }
        return first;
    }

    /// <summary>A capitalised word ("Tekle") or one in capitals ("KAYA") that is a listed name or a word no list knows.</summary>
    private static bool IsRunWord(string word, NameEvidence evidence)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        var capitals = IsCapitals(word);
        if (capitals ? word.Length < 3 || !word.Any(IsVowel) : !word.Split('-').All(IsCapitalisedPart)) return false;
        if (NameEvidence.IsNeverName(word) || FirstNames.NotAfter.Contains(word) || StreetWords.IsStreetWord(word)) return false;
        if (evidence.IsListedName(word) && !evidence.IsOrdinary(word)) return true;
        return evidence.IsUnknown(word);
    }

    private static bool IsBridge(string word, NameEvidence evidence) =>
        word.Length >= 2 && char.IsUpper(word[0]) && !NameEvidence.IsKnownNonPerson(word) && !StreetWords.IsStreetWord(word)
        && !NameWordContext.IsInstitutionWord(word) && !evidence.IsUnknown(word);

    private static bool PartOfLongerName(string text, MatchCollection words, int first, int last, NameEvidence evidence)
    {
        // "Herat, Kandahar en Tizi Ouzou": an item in a list of places or organisations is one too.
        if (CoordinatedWith(text, words, first, -1) is { } previous && IsPlaceOrOrganisation(previous)) return true;
        if (CoordinatedWith(text, words, last, +1) is { } following && IsPlaceOrOrganisation(following)) return true;
        if (first > 0 && Adjacent(text, words[first - 1], words[first]))
        {
            var before = words[first - 1].Value;
            // "kijken naar Petrus Wijnaldum": after a verb of looking or asking, "naar" leads to a person, not a place.
            if (NotBefore.Contains(before) && !(first > 1 && before.Equals("naar", StringComparison.OrdinalIgnoreCase) && LookingVerbs.Contains(words[first - 2].Value))) return true;
            var sentenceStart = TextScan.IsSentenceStart(text, words[first - 1].Index);
            if (char.IsUpper(before[0]) && !sentenceStart && !NameLexicon.NotNames.Contains(before)) return true;
            if (NameWordContext.IsInstitutionWord(before)) return true;
        }
        if (last + 1 < words.Count && Adjacent(text, words[last], words[last + 1]))
        {
            var after = words[last + 1].Value;
            if (char.IsUpper(after[0]) && !IsCapitals(after) && !NameLexicon.NotNames.Contains(after)) return true;
            if (StreetWords.IsStreetWord(after) || NameWordContext.IsInstitutionWord(after)) return true;
        }
        return false;
    }

    private static bool IsParticle(string word, bool capitals) =>
        NameLexicon.Particles.Contains(word) && !NameLexicon.LeadingOnlyParticles.Contains(word)
        && (capitals ? IsCapitals(word) : char.IsLower(word[0]));

    private static bool IsCapitalisedPart(string part) =>
        part.Length >= 2 && char.IsUpper(part[0]) && part.Skip(1).All(c => char.IsLower(c) || c is '\'' or '’');

    private static bool IsCapitals(string word) => word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool IsVowel(char c) => "AEIOUYÄËÏÖÜÁÉÍÓÚÀÈÌÒÙÂÊÎÔÛİ".Contains(c);

    // "Mirela Stanciu, Romanian,": a people or language next to a name describes the person; only places and organisations make a list of things.
    private static bool IsPlaceOrOrganisation(string word) =>
        !ProperNouns.Peoples.Contains(word) && (ProperNouns.Things.Contains(word) || PlaceLexicon.Words.Contains(word));

    private static readonly HashSet<string> LookingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "kijken", "kijk", "kijkt", "keek", "keken", "gekeken", "zoeken", "zoek", "zoekt", "zocht", "zochten", "gezocht",
        "vragen", "vraag", "vraagt", "vroeg", "vroegen", "gevraagd", "luisteren", "luistert", "informeren", "informeert",
    };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase) { "en", "of", "and", "or" };

    /// <summary>The word listed together with the one at <paramref name="index"/>: across a comma or "en", "of".</summary>
    private static string? CoordinatedWith(string text, MatchCollection words, int index, int direction)
    {
        var other = index + direction;
        if (other < 0 || other >= words.Count) return null;
        var (a, b) = direction < 0 ? (words[other], words[index]) : (words[index], words[other]);
        var between = text.AsSpan(a.Index + a.Length, b.Index - a.Index - a.Length).Trim(" \u00A0");
        if (between is "," or "/") return words[other].Value;
        if (between.Length > 0 || !Conjunctions.Contains(words[other].Value)) return null;
        var beyond = other + direction;
        if (beyond < 0 || beyond >= words.Count) return null;
        var (c, d) = direction < 0 ? (words[beyond], words[other]) : (words[other], words[beyond]);
        return text.AsSpan(c.Index + c.Length, d.Index - c.Index - c.Length).Trim(" \u00A0").Length == 0 ? words[beyond].Value : null;
    }

    private static bool Adjacent(string text, Match first, Match second)
    {
        var between = text.AsSpan(first.Index + first.Length, second.Index - first.Index - first.Length);
        return between is " " or "\u00A0";
    }
}
