using System.Text.RegularExpressions;

namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Decides from a single word and its neighbours whether a name starts there, and how to read it. The rules, in order:
/// a word that is never a name stays; a capital after an institution word ("Wet Mulder") or before an ordinary
/// capitalised word ("Sophia Kinderziekenhuis") is part of a proper name that is no person; a listed name that is no
/// ordinary word is a name; one that is ("Bakker", "Roos") only mid-sentence without an article, or at the start of a
/// sentence when a verb of speech follows or the sentence is about a person ("Iris heeft haar …", see
/// <see cref="PersonClause"/>); an unknown word next to a verb of speech, also as the one spoken to ("zeg tegen Oumarou"),
/// or as the subject of a clause about a person.
/// </summary>
internal static class NameWordContext
{
    public enum Reading { Capitalised, Loose, FullNameOnly }

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "zei", "zegt", "belde", "belt", "vertelde", "vertelt", "meldde", "meldt", "mailde", "mailt", "appte", "schreef",
        "schrijft", "vroeg", "vraagt", "antwoordde", "antwoordt", "reageerde", "reageert", "verklaarde", "verklaart",
        "huilde", "klaagde", "benadrukte", "benadrukt", "zeiden", "vertelden", "belden", "stelt", "stelde", "vindt", "vond",
        "legt", "legde", "aldus",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "heeft", "had", "hebben", "is", "was", "wil", "kwam" };

    private static readonly HashSet<string> SpeechParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "gebeld", "gezegd", "verteld", "gemaild", "geschreven", "gemeld", "gevraagd", "geantwoord", "gereageerd", "verklaard",
        "aangegeven", "laten", "langsgekomen", "bellen", "vertellen", "zeggen", "mailen", "weten",
    };

    /// <summary>Verbs of speech that take the person spoken to after "tegen" or "aan": "zeg tegen Mirela", "vroeg aan Dawit".</summary>
    private static readonly HashSet<string> AddressingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "zeg", "zegt", "zei", "zeiden", "zeggen", "gezegd", "vertel", "vertelt", "vertelde", "vertelden", "vertellen", "verteld",
        "vraag", "vraagt", "vroeg", "vroegen", "vragen", "gevraagd", "meld", "meldde", "gemeld", "schrijf", "schreef",
        "geschreven", "uitgelegd", "legde", "beloofd", "beloofde", "doorgegeven", "said", "told",
        "asked", "explained", "wrote",
    };

    /// <summary>Finite verbs after which the sentence says what a person does or is ("Roos heeft haar …").</summary>
    private static readonly HashSet<string> FiniteVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "heeft", "had", "wil", "wilde", "kan", "kon", "moet", "moest", "mag", "mocht", "woont", "woonde", "zit",
        "zat", "gaat", "ging", "komt", "kwam", "krijgt", "kreeg", "wordt", "werd", "durft", "durfde", "weet", "wist", "zal",
        "zou", "blijft", "bleef", "slaapt", "sliep", "werkt", "werkte", "ziet", "zag", "denkt", "dacht",
    };

    /// <summary>What only a person is or has, a few words after the verb: a pronoun for a person or a state of a life.</summary>
    private static readonly HashSet<string> PersonCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "hij", "zij", "ze", "haar", "hem", "zichzelf", "meerderjarig", "minderjarig", "zwanger", "jarig", "geboren",
        "overleden", "getrouwd", "gescheiden", "bevallen", "ongedocumenteerd", "dakloos", "gedetineerd", "zelf",
    };

    private static readonly HashSet<string> Attribution = new(StringComparer.OrdinalIgnoreCase) { "volgens", "aldus" };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "een", "deze", "die", "dat", "onze", "ons", "mijn", "uw", "elke", "iedere", "geen", "welke", "the", "a", "an",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "uit", "te", "naar", "vanuit", "richting", "nabij", "from", "to",
    };

    /// <summary>Capitalised words after which a name is the name of a thing: a law, a foundation, a hospital.</summary>
    private static readonly HashSet<string> InstitutionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "wet", "lex", "stichting", "fonds", "prijs", "museum", "ziekenhuis", "school", "project", "programma", "operatie",
        "zaak", "arrest", "rapport", "commissie", "motie", "amendement", "regeling", "huis", "paviljoen", "kliniek", "centrum",
        "locatie", "azc", "pi", "kazerne", "straat", "plein", "laan", "sint", "st", "hotel", "team",
    };

    private static readonly string[] InstitutionEndings =
    [
        "ziekenhuis", "school", "centrum", "huis", "fonds", "stichting", "instituut", "kliniek", "college", "academie",
        "museum", "paviljoen", "gebouw", "zaal", "kazerne", "prijs", "wet", "lezing", "regeling", "fonds", "park", "kerk",
    ];

    public static Reading? Decide(string text, MatchCollection words, int index, NameEvidence evidence)
    {
        var word = words[index].Value;
        // Most words are lower case and in no list: they are settled before any costlier look-up.
        if (word.Length < 2) return null;
        var previous = Adjacent(text, words, index - 1, before: true);
        // "the 'Groen' button", "in 'Groen licht'": a quoted word is weighed with the word before the quotation, and like
        // the first word of a sentence, since a quotation opens with a capital whatever it names.
        var quoted = TextScan.OpensQuote(text, words[index].Index);
        if (quoted && index > 0 && text.AsSpan(words[index - 1].Index + words[index - 1].Length, words[index].Index - words[index - 1].Index - words[index - 1].Length).Trim(" \u00A0").Length == 1) previous = words[index - 1].Value;
        // "volgens ramsaroep": after "volgens" or a verb of speech, a lower-case word no list knows is a name.
        if (char.IsLower(word[0]) && !evidence.IsListedName(word))
        {
            if (word.Length >= 5 && previous is { } cue && (Attribution.Contains(cue) || SpeechVerbs.Contains(cue)) && evidence.IsUnknown(word)) return Reading.Loose;
            // "tesfay woont op …": a word no list knows, opening a sentence about a person.
            return word.Length >= 4 && evidence.IsUnknown(word) && TextScan.IsSentenceStart(text, words[index].Index) && PersonClause.Follows(text, words[index].Index + word.Length) ? Reading.Loose : null;
        }
        if (NameEvidence.IsNeverName(word)) return null;
        // "Amnesty belde": an organisation or place from the data files is no name, unless the name lists say it is.
        var listed = evidence.IsListedName(word);
        var wordEnd = words[index].Index + words[index].Length;
        // "Koning Willem" is a title, but "Koning heeft zich gemeld, hij …" opens a sentence about a person.
        if (FirstNames.NotAfter.Contains(word) && !(listed && TextScan.IsSentenceStart(text, words[index].Index) && PersonClause.Follows(text, wordEnd))) return null;
        if (!listed && NameEvidence.IsKnownNonPerson(word)) return null;
        var next = Adjacent(text, words, index + 1, before: false);
        var ordinary = evidence.IsOrdinary(word);
        if (IsAllCapitals(word))
        {
            // "PIETER VAN DAM", "HÜSEYIN KAYA": a capitals run that opens with a given name.
            return evidence.IsFirstName(word) && !ordinary ? Reading.FullNameOnly : null;
        }
        if (char.IsLower(word[0]))
        {
            if (listed && !ordinary && previous is { } p && (Attribution.Contains(p) || SpeechVerbs.Contains(p))) return Reading.Loose;
            if (!evidence.IsFirstName(word)) return null;
            // "yusuf wil niet terug, hij zegt …": a given name that is no word, opening a sentence about a person.
            if (!ordinary && !NameEvidence.IsKnownNonPerson(word) && TextScan.IsSentenceStart(text, words[index].Index) && PersonClause.Follows(text, wordEnd)) return Reading.Loose;
            // "pieter de vries" may be read on; "jan visser" only because "visser" is a listed family name.
            return !ordinary || (next is { } family && evidence.IsSurname(family)) ? Reading.FullNameOnly : null;
        }
        if (NextToNumber(text, words[index])) return null;
        if (previous is { } before && (InstitutionWords.Contains(before) || FirstNames.NotAfter.Contains(before))) return null;
        if (next is { } after && char.IsUpper(after[0]) && (StreetWords.IsStreetWord(after) || IsInstitution(after))) return null;
        var sentenceStart = TextScan.IsSentenceStart(text, words[index].Index) || quoted;
        var speechAfter = SpeechFollows(text, words, index);
        var speechBefore = previous is { } b && (SpeechVerbs.Contains(b) || Attribution.Contains(b) || SpokenTo(text, words, index));
        // "in het Sophia", "de Teamleider": an article does not go before a person's name.
        if (previous is { } prior && Determiners.Contains(prior)) return null;
        if (previous is { } where && PlacePrepositions.Contains(where) && !(evidence.IsFirstName(word) && !ordinary)) return null;
        if (listed && !ordinary) return Reading.Capitalised;
        // "Roos", "Visser": mid-sentence a capital says name; at the start of a sentence a verb of speech or a family name must follow.
        if (listed) return !sentenceStart || speechAfter || PersonSubject(text, words, index) || PersonClause.Follows(text, wordEnd) || (next is { } family && char.IsUpper(family[0]) && MayBeFamilyName(family, evidence)) ? Reading.Capitalised : null;
        if (ordinary) return null;
        // "Het dossier van Yousufzai": a word no list knows with the shape of a family name.
        // "Teodora heeft haar baan opgezegd", "Mahlet is 17": a word no list knows as the subject of a clause about a person.
        return speechAfter || speechBefore || (evidence.IsUnknown(word) && (FamilyNameShape.Matches(word) || PersonClause.Follows(text, wordEnd))) ? Reading.Capitalised : null;
    }

    /// <summary>"Visser zei", "Mulder heeft vanmorgen gebeld": a verb of speech, or an auxiliary with a participle of speech.</summary>
    private static bool SpeechFollows(string text, MatchCollection words, int index)
    {
        if (Adjacent(text, words, index + 1, before: false) is not { } next) return false;
        if (SpeechVerbs.Contains(next)) return true;
        if (!Auxiliaries.Contains(next)) return false;
        for (var w = index + 2; w < Math.Min(words.Count, index + 5); w++)
        {
            if (Adjacent(text, words, w, before: false) is not { } later) return false;
            if (SpeechParticiples.Contains(later)) return true;
        }
        return false;
    }

    /// <summary>"Zeg tegen Mirela dat …", "heb ik aan Dawit gevraagd": the word after "tegen" or "aan" right after a verb of speech.</summary>
    private static bool SpokenTo(string text, MatchCollection words, int index)
    {
        if (Adjacent(text, words, index - 1, before: true) is not ("tegen" or "aan" or "to")) return false;
        return Adjacent(text, words, index - 2, before: true) is { } verb && AddressingVerbs.Contains(verb);
    }

    /// <summary>
    /// "Iris heeft haar baan opgezegd", "Roos is zwanger": a finite verb right after the word, and within three words a
    /// pronoun for a person or a state only a person is in. A thing without an article rarely opens a sentence that way.
    /// </summary>
    private static bool PersonSubject(string text, MatchCollection words, int index)
    {
        if (Adjacent(text, words, index + 1, before: false) is not { } verb || !FiniteVerbs.Contains(verb)) return false;
        for (var w = index + 2; w < Math.Min(words.Count, index + 5); w++)
        {
            if (Adjacent(text, words, w, before: false) is not { } later) return false;
            if (PersonCues.Contains(later)) return true;
        }
        return false;
    }

    private static bool MayBeFamilyName(string word, NameEvidence evidence) =>
        !NameEvidence.IsNeverName(word) && !IsAllCapitals(word) && (evidence.IsSurname(word) || !evidence.IsOrdinary(word));

    public static bool IsInstitutionWord(string word) => IsInstitution(word);

    /// <summary>"Sophia Kinderziekenhuis", "Emma Kinderziekenhuis": the next word names an institution.</summary>
    private static bool IsInstitution(string word) =>
        InstitutionWords.Contains(word) || InstitutionEndings.Any(e => word.Length > e.Length && word.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>"Jan 12, 2024" and "12 Mei" are dates.</summary>
    private static bool NextToNumber(string text, Match word)
    {
        var after = text.AsSpan(word.Index + word.Length).TrimStart(". ");
        var before = text.AsSpan(0, word.Index).TrimEnd(' ');
        return (after.Length > 0 && char.IsAsciiDigit(after[0])) || (before.Length > 0 && char.IsAsciiDigit(before[^1]));
    }

    /// <summary>The neighbouring word when only spaces separate the two, lower-cased for the word sets; null otherwise.</summary>
    private static string? Adjacent(string text, MatchCollection words, int index, bool before)
    {
        if (index < 0 || index >= words.Count) return null;
        var (from, to) = before ? (words[index].Index + words[index].Length, words[index + 1].Index) : (words[index - 1].Index + words[index - 1].Length, words[index].Index);
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\u00A0')) return null;
        }
        return words[index].Value;
    }

    private static bool IsAllCapitals(string word) => word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
