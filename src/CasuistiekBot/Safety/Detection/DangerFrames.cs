using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// Frames that put a whole message or sentence outside the here and now: a heading that makes it an exercise
/// ("Training scenario 4:", "Casus voor de cursus:"), a policy or report that the danger is reported in ("het beleid zegt
/// dat bij een hongerstaking ..."), an asylum account of what happened elsewhere, and a child alone by arrangement.
/// </summary>
internal static class DangerFrames
{
    private const int HeadingLength = 8;

    private static readonly CuePattern[] Exercise = Patterns(
        "training*", "scenario*", "cursus*", "rollenspel*", "oefening*", "oefencasus*", "oefen*", "casus voor", "voorbeeldcasus*", "casestudy", "case study",
        "role play", "roleplay", "exercise", "teamdag*", "heidag*", "studiedag*", "intervisie*", "course", "workshop", "quiz", "toets", "exam", "examen", "fictief", "fictieve", "fictional", "hypothetical");

    // A heading that makes the message a report of what happened elsewhere: "News: ...", "Nieuwsbericht: ...".
    private static readonly CuePattern[] News = Patterns("news", "nieuws", "nieuwsbericht*", "krantenbericht*", "persbericht*", "press release");

    // "Bij de oefening speelt een collega een gedetineerde die dreigt ...": a part played in an exercise.
    private static readonly CuePattern[] Drill = Patterns("oefening*", "ontruimingsoefening*", "rollenspel*", "simulatie*", "exercise", "drill", "role play", "roleplay", "simulation");
    private static readonly CuePattern[] Plays = Patterns("speelt", "spelen", "speel", "speelde", "gespeeld", "plays", "play", "playing", "played", "acts", "acting");

    // An account of what happened in another country, told in a hearing or an asylum story.
    private static readonly CuePattern[] Elsewhere = Patterns(
        "thuisland", "herkomstland", "land van herkomst", "asielrelaas", "home country", "country of origin", "homeland");

    // "Een uurtje alleen thuis tot moeder komt", "as agreed with the neighbour": minding arranged, not a child left.
    private static readonly CuePattern[] Arranged =
    [
        .. Patterns("uurtje", "afgesproken", "afspraak met", "zoals afgesproken", "as agreed", "by agreement", "agreed with", "checks on", "komt kijken", "houdt een oogje"),
        CuePattern.Parse("tot|until moeder|vader|mama|papa|ouders|oma|opa|mother|mum|mom|father|dad|parents|grandmother", 2),
    ];

    // "Ik zou hem kunnen wurgen, zei ze lachend": the one who says it marks it as a joke.
    private static readonly CuePattern[] Joke = Patterns(
        "lachend", "grappend", "grinnikend", "als grap", "als grapje", "bij wijze van spreken", "knipoog", "joking", "jokingly", "laughing", "as a joke", "for a laugh", "kidding",
        // The writer's own laugh: "vermoordt me als ik weer te laat ben haha".
        "haha*", "hihi*", "lol", "grapje", "grapte", "grapt", "joked", "jokes");

    // "Neemt afscheid van iedereen, ze gaat met pensioen": a farewell or a giving away that an ordinary change of life
    // explains. Not a transfer: in detention a transfer is what people harm themselves over.
    private static readonly CuePattern[] OrdinaryLeaving = Patterns(
        "pensioen", "verhuist", "verhuizen", "verhuizing", "verhuisd", "nieuwe baan", "andere baan", "ander werk", "andere gemeente",
        "retires", "retiring", "retirement", "moving", "relocating", "new job", "studies",
        // A home of one's own at last, the family reunited, a return one chose.
        "huurwoning", "eigen woning", "nieuwe woning", "gezinshereniging", "vrijwillig vertrek", "new home", "new house", "new flat", "own place",
        "family reunification", "voluntary return");

    private static readonly HashSet<string> Farewell =
        ["afscheid", "afscheidsbrief", "afscheidsbrieven", "weg", "weggeven", "weggegeven", "weggeeft", "weggaf", "goodbye", "farewell", "away"];

    /// <summary>The sentence says what it tells is a joke.</summary>
    public static bool IsJoke(IReadOnlyList<Token> tokens, int first) => AnyInSentence(Joke, tokens, first);

    /// <summary>A farewell or a giving away in the cue, and the sentence explains it by an ordinary change: a pension, a move, a new job.</summary>
    public static bool IsOrdinaryLeaving(IReadOnlyList<Token> tokens, int first, int last) =>
        Enumerable.Range(first, last - first + 1).Any(i => Farewell.Contains(tokens[i].Text)) && AnyInSentence(OrdinaryLeaving, tokens, first);

    private static bool AnyInSentence(CuePattern[] patterns, IReadOnlyList<Token> tokens, int first)
    {
        var (from, to) = (first, first);
        while (from > 0 && tokens[from - 1].Sentence == tokens[first].Sentence) from--;
        while (to + 1 < tokens.Count && tokens[to + 1].Sentence == tokens[first].Sentence) to++;
        return ScopeWords.AnyIn(patterns, tokens, from, to);
    }

    /// <summary>The message opens with a short heading that makes it an exercise or a course.</summary>
    public static bool IsExercise(IReadOnlyList<Token> tokens)
    {
        var heading = 0;
        while (heading < tokens.Count && tokens[heading].Sentence == 0) heading++;
        return heading <= HeadingLength && (ScopeWords.AnyIn(Exercise, tokens, 0, heading - 1) || ScopeWords.AnyIn(News, tokens, 0, heading - 1));
    }

    /// <summary>The sentence is about an exercise in which someone plays the part.</summary>
    public static bool IsRolePlayed(IReadOnlyList<Token> tokens, int first) => AnyInSentence(Drill, tokens, first) && AnyInSentence(Plays, tokens, first);

    /// <summary>"Het beleid zegt dat ...", "in het jaarverslag staat dat ...": the clause the cue sits in is what a policy or report says.</summary>
    public static bool IsReportedByTopic(IReadOnlyList<Token> tokens, int scopeStart)
    {
        // "We need a policy for what to do when a client threatens ...": the case a policy is written for.
        if (scopeStart == 0 || tokens[scopeStart - 1].Text is not ("dat" or "that" or "when" or "wanneer")) return false;
        var frameStart = DangerScope.ScopeStart(tokens, scopeStart - 1);
        return ScopeWords.AnyIn(ScopeWords.Topic, tokens, frameStart, scopeStart - 2) || ScopeWords.AnyIn(Exercise, tokens, frameStart, scopeStart - 2);
    }

    // "Zij vertelde bij het gehoor over de mishandeling": an account given in the asylum hearing, told about rather
    // than said ("vertelde tijdens het gehoor dat hij liever dood is" is what he says now).
    private static readonly CuePattern[] Account =
    [
        CuePattern.Parse("gehoor|asielgehoor|interview vertelde|verteld|vertelt|beschreef|beschreven|beschrijft|verklaarde|told|described", CuePattern.AnyGap),
        CuePattern.Parse("vertelde|verteld|vertelt|beschreef|beschreven|beschrijft|verklaarde|told|described gehoor|asielgehoor|interview", CuePattern.AnyGap),
    ];

    public static bool IsAccount(IReadOnlyList<Token> tokens, int first)
    {
        var (from, to) = (first, first);
        while (from > 0 && tokens[from - 1].Phrase == tokens[first].Phrase) from--;
        while (to + 1 < tokens.Count && tokens[to + 1].Phrase == tokens[first].Phrase) to++;
        var about = false;
        for (var i = from; i < first; i++) about |= tokens[i].Text is "over" or "about";
        return about && ScopeWords.AnyIn(Account, tokens, from, to) && !ScopeWords.AnyIn(ScopeWords.Present, tokens, from, to);
    }

    /// <summary>The sentence tells what happened in the home country, and the cue's clause does not bring it to now.</summary>
    public static bool IsElsewhere(IReadOnlyList<Token> tokens, int first, (int First, int Last) sentence, (int First, int Last) clause) =>
        ScopeWords.AnyIn(Elsewhere, tokens, sentence.First, sentence.Last) && !ScopeWords.AnyIn(ScopeWords.Present, tokens, clause.First, clause.Last)
        && tokens[first].Sentence == tokens[sentence.First].Sentence;

    public static bool IsArranged(IReadOnlyList<Token> tokens, int first)
    {
        var (from, to) = (first, first);
        while (from > 0 && tokens[from - 1].Sentence == tokens[first].Sentence) from--;
        while (to + 1 < tokens.Count && tokens[to + 1].Sentence == tokens[first].Sentence) to++;
        return ScopeWords.AnyIn(Arranged, tokens, from, to);
    }

    /// <summary>
    /// The harm is done to or by a thing ("die hele regeling in de fik steken", "set fire to this procedure", "kills me if
    /// I miss the deadline"): the nearest one it could be about, before or after in its phrase, is a rule, a form, a system.
    /// </summary>
    public static bool AimsAtThing(IReadOnlyList<Token> tokens, int first, int last)
    {
        // The tokenizer breaks a clause at the particle "wel" ("die regeling wel in de fik steken"); only commas count here.
        var before = false;
        for (var i = first - 1; i >= 0 && tokens[i].Sentence == tokens[first].Sentence && Commas(tokens[i]) == Commas(tokens[first]); i--)
        {
            if (DangerTargets.IsPerson(tokens[i].Text)) return false;
            before |= ScopeWords.IsFigurativeAgent(tokens[i].Text);
        }
        if (before) return !PersonAfter(tokens, last);
        // "Kills me if I miss the deadline": the writer right after the verb is who suffers, what follows says from what.
        for (var i = last + 1; i < tokens.Count && tokens[i].Phrase == tokens[last].Phrase; i++)
        {
            if (i == last + 1 && Writer.Contains(tokens[i].Text)) continue;
            if (DangerTargets.IsPerson(tokens[i].Text)) return false;
            if (ScopeWords.IsFigurativeAgent(tokens[i].Text)) return true;
        }
        return false;
    }

    private static int Commas(Token token) => token.Phrase - token.Clause;

    private static readonly HashSet<string> Writer = ["me", "mij", "ons", "us"];

    private static bool PersonAfter(IReadOnlyList<Token> tokens, int last)
    {
        for (var i = last + 1; i < tokens.Count && i <= last + 3 && tokens[i].Phrase == tokens[last].Phrase; i++)
        {
            if (DangerTargets.IsPerson(tokens[i].Text) && !Writer.Contains(tokens[i].Text)) return true;
        }
        return false;
    }

    private static CuePattern[] Patterns(params string[] phrases) => [.. phrases.Select(p => CuePattern.Parse(p, gap: 0))];
}
