using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// Frames that keep a danger word from being acute, in the ways new writers kept using: frustration about a thing
/// ("ik zie het niet meer zitten met dat project"), an idiom of death ("om je dood te ergeren", "bored to death"), a legal
/// question about violence ("wanneer is medeplegen van geweld bewezen?"), the writer saying outright that it is not acute,
/// and a danger told and then set in the past by a contrast ("..., maar dat was in 2016", "..., but that was years ago").
/// </summary>
internal static class NonAcuteFrames
{
    private const int ThingReach = 3;
    private const int IdiomReach = 3;
    private const int ContrastReach = 4;

    // "Met die planning", "over dat rooster", "with this project": what the frustration is about.
    private static readonly HashSet<string> About = ["met", "over", "door", "vanwege", "om", "with", "about", "because", "over"];

    // Verbs that make "dood" a measure of degree: "om je dood te schamen", "zich doodvervelen", "scared to death".
    private static readonly HashSet<string> DegreeVerbs =
    [
        "schamen", "schaamt", "schaamde", "lachen", "lacht", "lachte", "vervelen", "verveelt", "verveelde", "ergeren", "ergert", "ergerde",
        "schrikken", "schrok", "schrikt", "werken", "werkt", "zoeken", "zoekt", "wachten", "wacht", "balen", "baalt",
        "bored", "scared", "embarrassed", "worried", "tired", "sick", "worked", "bore", "bores", "laughed", "frightened",
    ];

    private static readonly HashSet<string> DeathWords = ["dood", "death", "dead"];

    // A question of law or proof: it asks how violence is judged, not whether someone is in danger.
    private static readonly CuePattern[] Legal = Patterns(
        "juridisch*", "jurisprudentie", "bewezen", "bewijslast", "bewijsvoering", "bewijsstandaard", "rechtsvraag", "wetsartikel*", "strafrechtelijk*",
        "artikel 1f", "1f", "legal question", "legal test", "case law", "burden of proof", "standard of proof", "proven");

    // The writer says it: "dat maakt het niet acuut", "this is not an emergency".
    private static readonly CuePattern[] NotAcute = Patterns(
        "niet acuut", "geen acuut", "niet urgent", "geen spoed", "geen noodgeval", "niet dringend",
        "not acute", "no acute", "not urgent", "not an emergency", "no emergency", "nothing urgent");

    private static readonly HashSet<string> Contrast = ["maar", "but", "although", "hoewel"];
    private static readonly HashSet<string> Pointing = ["dat", "dit", "het", "that", "this", "it", "thats", "its"];

    // "..., maar dat is 15 jaar geleden", "but that was back in 2016".
    private static readonly CuePattern[] PastMarker = Patterns("geleden", "ago", "lang terug", "jaar terug", "jaren terug", "toen", "destijds", "back then", "vroeger");

    // A question of law put as such governs the whole message: "Legal question: does a threat made two years ago ...".
    private static readonly CuePattern[] LegalHeading = Patterns(
        "legal question", "juridische vraag", "juridische zaken", "vraag voor juridische", "rechtsvraag", "wetboek van strafrecht", "public order test");

    // Fiction and media: "in the novel we read", "in de film", "de serie op Netflix".
    private static readonly CuePattern[] Fiction = Patterns(
        "novel", "roman", "boekenclub", "leesclub", "book club", "in het boek", "in the book", "in de film", "in the film", "in a film", "in the movie",
        "in een film", "tv-serie", "netflix", "toneelstuk", "the play", "fictie", "fiction");

    // Idioms with a danger word in them: "shoot me an email", "tot zijn laatste snik", "dat doet hem de das om".
    private static readonly CuePattern[] Idioms = Patterns(
        "shoot me", "shoot us", "shoot them", "shoot him", "shoot her", "shoot over", "last breath", "laatste snik", "laatste adem", "laatste ademtocht",
        "bitter end", "bittere eind", "das om");

    private static readonly HashSet<string> ArticleWords = ["artikel", "artikelen", "article", "articles", "art"];

    /// <summary>Any of the frames holds for the cue (or the model's heaviest word) from first to last.</summary>
    public static bool Applies(IReadOnlyList<Token> tokens, int first, int last) =>
        IsAboutAThing(tokens, last) || IsDegreeIdiom(tokens, first, last) || AnyInSentence(Legal, tokens, first) || AnyInSentence(NotAcute, tokens, first)
        || IsSetInThePast(tokens, last) || IsFigures(tokens, first) || ScopeWords.AnyIn(LegalHeading, tokens, 0, tokens.Count - 1)
        || NamesArticle(tokens, first) || AnyInSentence(Fiction, tokens, first) || AnyInSentence(Idioms, tokens, first);

    /// <summary>"Valt dat onder artikel 285 Sr?": a numbered article of law in the sentence makes it a legal question.</summary>
    private static bool NamesArticle(IReadOnlyList<Token> tokens, int first)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Sentence == tokens[first].Sentence && ArticleWords.Contains(tokens[i].Text) && IsNumber(tokens[i + 1].Text)) return true;
        }
        return false;
    }

    // "Down from 260", "gestegen van 12 naar 19": a count compared with an earlier count.
    private static readonly HashSet<string> Change =
        ["down", "up", "gedaald", "gestegen", "gezakt", "gegroeid", "daalde", "steeg", "dropped", "fell", "rose", "increased", "decreased", "compared"];

    private static readonly HashSet<string> FromOrTo = ["from", "van", "to", "naar", "tot", "with", "met"];

    /// <summary>The sentence compares a count with another: figures about a danger, not a danger.</summary>
    public static bool IsFigures(IReadOnlyList<Token> tokens, int first)
    {
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Sentence != tokens[first].Sentence || !Change.Contains(tokens[i].Text) || !FromOrTo.Contains(tokens[i + 1].Text)) continue;
            if (IsNumber(tokens[i + 2].Text)) return true;
        }
        return false;
    }

    private static bool IsNumber(string word) => word.Length > 0 && char.IsAsciiDigit(word[0]);

    /// <summary>"Ik zie het niet meer zitten met die planning": right after the cue, in its clause, the thing it is about.</summary>
    public static bool IsAboutAThing(IReadOnlyList<Token> tokens, int last)
    {
        for (var i = last + 1; i < tokens.Count && i <= last + ThingReach && tokens[i].Clause == tokens[last].Clause; i++)
        {
            if (!About.Contains(tokens[i].Text)) continue;
            for (var j = i + 1; j < tokens.Count && j <= i + ThingReach && tokens[j].Clause == tokens[last].Clause; j++)
            {
                if (DangerTargets.IsPerson(tokens[j].Text)) return false;
                if (IsThing(tokens[j].Text)) return true;
            }
        }
        return false;
    }

    private static bool IsThing(string word) => ScopeWords.IsFigurativeAgent(word);

    /// <summary>"Dood" with a verb of feeling or effort just after it: a degree, not a death.</summary>
    public static bool IsDegreeIdiom(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var i = first; i <= last + IdiomReach && i < tokens.Count && tokens[i].Clause == tokens[first].Clause; i++)
        {
            if (!DegreeVerbs.Contains(tokens[i].Text) && !(tokens[i].Text.StartsWith("dood", StringComparison.Ordinal) && DegreeVerbs.Contains(tokens[i].Text[4..]))) continue;
            if (tokens[i].Text.StartsWith("dood", StringComparison.Ordinal)) return true;
            for (var j = Math.Max(first, i - IdiomReach); j < i; j++)
            {
                if (DeathWords.Contains(tokens[j].Text)) return true;
            }
            for (var j = i + 1; j < tokens.Count && j <= i + IdiomReach; j++)
            {
                if (DeathWords.Contains(tokens[j].Text)) return true;
            }
        }
        return false;
    }

    /// <summary>After the cue, in its sentence, a contrast that points back at it and dates it: "maar dat was in 2018".</summary>
    public static bool IsSetInThePast(IReadOnlyList<Token> tokens, int last)
    {
        var end = last;
        while (end + 1 < tokens.Count && tokens[end + 1].Sentence == tokens[last].Sentence) end++;
        for (var i = last + 1; i <= end; i++)
        {
            if (!Contrast.Contains(tokens[i].Text)) continue;
            var pointing = false;
            for (var j = i + 1; j <= end && j <= i + 2; j++) pointing |= Pointing.Contains(tokens[j].Text);
            if (!pointing) continue;
            var to = Math.Min(end, i + ContrastReach + 2);
            if (ScopeWords.AnyIn(PastMarker, tokens, i + 1, to) || NamesYear(tokens, i + 1, to)) return true;
        }
        return false;
    }

    private static bool NamesYear(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(1, from); i <= to; i++)
        {
            if (tokens[i - 1].Text is "in" or "uit" or "from" && tokens[i].Text.Length == 4 && int.TryParse(tokens[i].Text, out var year) && year is >= 1950 and < 2100) return true;
        }
        return false;
    }

    private static bool AnyInSentence(CuePattern[] patterns, IReadOnlyList<Token> tokens, int first)
    {
        var (from, to) = (first, first);
        while (from > 0 && tokens[from - 1].Sentence == tokens[first].Sentence) from--;
        while (to + 1 < tokens.Count && tokens[to + 1].Sentence == tokens[first].Sentence) to++;
        return ScopeWords.AnyIn(patterns, tokens, from, to);
    }

    private static CuePattern[] Patterns(params string[] phrases) => [.. phrases.Select(p => CuePattern.Parse(p, gap: 0))];
}
