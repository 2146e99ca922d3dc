using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// Decides whether a cue speaks of a danger here and now: not denied ("geen sprake van bedreiging", "ik denk niet dat
/// hij suïcidaal is"), not hypothetical ("stel dat", "wat als"), not over ("jaren geleden", "inmiddels veilig") and not
/// about something else (a training, a protocol, a conviction, the account of an asylum seeker's past).
/// </summary>
internal static class DangerScope
{
    private const int NegationReach = 6;
    private const int TrailingReach = 5;

    // "niet alleen ... maar ook" affirms rather than denies; "niet alleen thuis geweest" without a "maar" denies.
    private static readonly HashSet<string> Affirming = ["alleen", "enkel", "slechts", "only", "just"];
    private static readonly HashSet<string> ButAlso = ["maar", "but", "ook", "also"];

    public static bool Excludes(IReadOnlyList<Token> tokens, int first, int last) => IsDenied(tokens, first, last) || ExcludesAsFrame(tokens, first, last);

    /// <summary>A joke, hypothetical, over, about something else, an exercise, a report, elsewhere or an account: all but a denial.</summary>
    public static bool ExcludesAsFrame(IReadOnlyList<Token> tokens, int first, int last) =>
        DangerFrames.IsJoke(tokens, first) || IsHypothetical(tokens, first) || IsOver(tokens, first, last) || IsAboutSomethingElse(tokens, first, last)
        || DangerFrames.IsExercise(tokens) || DangerFrames.IsRolePlayed(tokens, first) || DangerFrames.IsReportedByTopic(tokens, ScopeStart(tokens, first))
        || DangerFrames.IsElsewhere(tokens, first, Sentence(tokens, first), Clause(tokens, first)) || DangerFrames.IsAccount(tokens, first)
        || NonAcuteFrames.Applies(tokens, first, last);

    /// <summary>The first word of the cue's own clause: back to a clause break or the word that opens an embedded clause.</summary>
    public static int ScopeStart(IReadOnlyList<Token> tokens, int first)
    {
        var i = first;
        while (i > 0 && tokens[i - 1].Clause == tokens[first].Clause && !ScopeWords.IsSubordinator(tokens, i - 1)) i--;
        return i;
    }

    public static int ScopeEnd(IReadOnlyList<Token> tokens, int last)
    {
        var i = last;
        while (i + 1 < tokens.Count && tokens[i + 1].Clause == tokens[last].Clause && !ScopeWords.IsSubordinator(tokens, i + 1)) i++;
        return i;
    }

    public static (int First, int Last) Clause(IReadOnlyList<Token> tokens, int index)
    {
        var (from, to) = (index, index);
        while (from > 0 && tokens[from - 1].Clause == tokens[index].Clause) from--;
        while (to + 1 < tokens.Count && tokens[to + 1].Clause == tokens[index].Clause) to++;
        return (from, to);
    }

    private static bool IsDenied(IReadOnlyList<Token> tokens, int first, int last)
    {
        var start = ScopeStart(tokens, first);
        if (HasNegator(tokens, Math.Max(start, first - NegationReach), first - 1)) return true;
        if (DeniedByFrame(tokens, start)) return true;
        for (var i = last + 1; i < tokens.Count && i <= last + TrailingReach; i++)
        {
            var token = tokens[i];
            if (token.Phrase != tokens[last].Phrase || ScopeWords.IsSubordinator(tokens, i) || ScopeWords.Coordinators.Contains(token.Text)) break;
            if (ScopeWords.TrailingNegators.Contains(token.Text)) return true;
        }
        var (_, sentenceEnd) = Sentence(tokens, last);
        return ScopeWords.AnyIn(ScopeWords.TrailingDenials, tokens, last + 1, Math.Min(sentenceEnd, last + TrailingReach));
    }

    // "Er zijn geen aanwijzingen dat ...", "ik denk niet dat ...": the denial reaches into the embedded clause.
    private static bool DeniedByFrame(IReadOnlyList<Token> tokens, int start)
    {
        if (start == 0 || tokens[start - 1].Text is not ("dat" or "that") || tokens[start - 1].Clause != tokens[start].Clause) return false;
        var frameStart = ScopeStart(tokens, start - 1);
        // Only the frame's own phrase denies: "eet al dagen niet, hij zegt dat hij liever doodgaat" keeps its "niet" to itself.
        while (frameStart < start - 1 && tokens[frameStart].Phrase != tokens[start - 1].Phrase) frameStart++;
        // "Het is niet zo dat ...", "it is not the case that ...": the word right before "dat" says it is not so.
        var hasFrame = start >= 2 && ScopeWords.NotSo.Contains(tokens[start - 2].Text);
        for (var i = frameStart; i < start - 1; i++) hasFrame |= ScopeWords.DenialFrames.Contains(tokens[i].Text);
        return hasFrame && HasNegator(tokens, frameStart, start - 2);
    }

    private static bool HasNegator(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i <= to; i++)
        {
            if (ScopeWords.Negators.Contains(tokens[i].Text) && !IsNotOnly(tokens, i)) return true;
        }
        return false;
    }

    private static bool IsNotOnly(IReadOnlyList<Token> tokens, int negator)
    {
        if (negator + 1 >= tokens.Count || !Affirming.Contains(tokens[negator + 1].Text)) return false;
        for (var i = negator + 2; i < tokens.Count && tokens[i].Sentence == tokens[negator].Sentence; i++)
        {
            if (ButAlso.Contains(tokens[i].Text)) return true;
        }
        return false;
    }

    // A cue after "als", "stel dat", "if" up to the next comma is a supposition; before it ("hij doet zichzelf iets aan
    // als hij wordt uitgezet") it is a conditional threat, and that is real. Only punctuation ends the supposition: the
    // tokenizer's contrast words would also split at the English "want" ("if someone says they want to ...").
    private static bool IsHypothetical(IReadOnlyList<Token> tokens, int first) =>
        ScopeWords.Conditionals.Any(p => p.FindAll(tokens).Any(m =>
            m.First < first && tokens[m.First].Sentence == tokens[first].Sentence && Commas(tokens[m.First]) == Commas(tokens[first]) && !IsWish(tokens, m.First)
            && !ScopeWords.IsComparison(tokens, m.First)
            && !MainClauseResumes(tokens, m.Last, first)));

    // "Als ik terug moet spring ik van het dak", "if his wages are garnished again he will come": a subject that is not
    // introduced by "dat", "and" or a verb of saying starts the main clause, and the threat there is real. Unless the
    // condition is a form or a deadline: "als ik nog één keer dat formulier moet invullen spring ik uit het raam".
    private static bool MainClauseResumes(IReadOnlyList<Token> tokens, int conditional, int first)
    {
        for (var i = conditional + 1; i < first; i++)
        {
            if (ScopeWords.IsFigurativeAgent(tokens[i].Text)) return false;
        }
        // Dutch puts the subject after the verb there ("spring ik"), so the word after the cue's first one counts too.
        for (var i = conditional + 2; i <= first + 1 && i < tokens.Count; i++)
        {
            if (ScopeWords.SubjectPronouns.Contains(tokens[i].Text) && !ScopeWords.Introducers.Contains(tokens[i - 1].Text)) return true;
        }
        return false;
    }

    private static bool IsWish(IReadOnlyList<Token> tokens, int conditional)
    {
        for (var i = Math.Max(0, conditional - 3); i < conditional; i++)
        {
            if (ScopeWords.WishComparatives.Contains(tokens[i].Text)) return true;
        }
        return false;
    }

    private static int Commas(Token token) => token.Phrase - token.Clause;

    private static bool IsOver(IReadOnlyList<Token> tokens, int first, int last)
    {
        var (clauseStart, clauseEnd) = Clause(tokens, first);
        var (sentenceStart, sentenceEnd) = Sentence(tokens, first);
        var present = ScopeWords.AnyIn(ScopeWords.Present, tokens, clauseStart, clauseEnd);
        // The cue's own words never close it: "she has stopped eating" has not stopped.
        var cue = (first, last);
        if (IsResolved(tokens, sentenceStart, sentenceEnd, cue))
        {
            return !present || IsResolved(tokens, clauseStart, clauseEnd, cue);
        }
        var distant = ScopeWords.AnyIn(ScopeWords.DistantPast, tokens, clauseStart, clauseEnd) || NamesPastYear(tokens, clauseStart, clauseEnd);
        // "Na de steekpartij van vorig jaar ...": what came after an event that is dated long ago, whatever happens now.
        if (distant && FollowsAfter(tokens, first)) return true;
        return !present && (distant || FollowsAfter(tokens, first));
    }

    private static bool IsResolved(IReadOnlyList<Token> tokens, int from, int to, (int First, int Last) cue) =>
        ScopeWords.AnyIn(ScopeWords.DangerGone, tokens, from, to)
        || ScopeWords.Resolved.Any(p => p.FindAll(tokens).Any(m =>
            m.First >= from && m.Last <= to && (m.Last < cue.First || m.First > cue.Last) && !CutsOffUtility(tokens, m.First) && !IsTimeSpan(tokens, m.Last)));

    // "De afgelopen weken" is the recent past, not "afgelopen" as in over.
    private static bool IsTimeSpan(IReadOnlyList<Token> tokens, int resolved) =>
        tokens[resolved].Text == "afgelopen" && resolved + 1 < tokens.Count && ScopeWords.TimeUnits.Contains(tokens[resolved + 1].Text);

    private static bool CutsOffUtility(IReadOnlyList<Token> tokens, int resolved)
    {
        for (var i = Math.Max(0, resolved - 3); i < resolved; i++)
        {
            if (tokens[i].Clause == tokens[resolved].Clause && ScopeWords.Utilities.Contains(tokens[i].Text)) return true;
        }
        return false;
    }

    /// <summary>
    /// Harm done by a thing rather than a person ("die deadline vermoordt me", "this job is killing me"): a figurative
    /// agent opens the clause and nobody is named as the one who acts.
    /// </summary>
    public static bool IsFigurative(IReadOnlyList<Token> tokens, int first)
    {
        var start = ScopeStart(tokens, first);
        var (_, end) = Clause(tokens, first);
        var agent = false;
        for (var i = start; i < first; i++)
        {
            if (DangerTargets.IsPerson(tokens[i].Text) || DangerTargets.IsSubject(tokens[i].Text)) return false;
            agent |= ScopeWords.IsFigurativeAgent(tokens[i].Text);
        }
        for (var i = first; i <= end && tokens[i].Phrase == tokens[first].Phrase; i++)
        {
            if (DangerTargets.IsSubject(tokens[i].Text)) return false;
        }
        return agent;
    }

    // "Het incident met het mes was in 2015": a year named with "in" dates the event; "sinds 2015" would not.
    private static bool NamesPastYear(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(1, from); i <= to; i++)
        {
            if (tokens[i - 1].Text is "in" or "uit" or "from" && tokens[i].Text.Length == 4 && int.TryParse(tokens[i].Text, out var year) && year is >= 1950 and < 2100) return true;
        }
        return false;
    }

    private static bool FollowsAfter(IReadOnlyList<Token> tokens, int first)
    {
        var i = first - 1;
        while (i >= 0 && first - i <= 3 && ScopeWords.Determiners.Contains(tokens[i].Text)) i--;
        return i >= 0 && first - i <= 3 && tokens[i].Clause == tokens[first].Clause && ScopeWords.After.Contains(tokens[i].Text);
    }

    private static bool IsAboutSomethingElse(IReadOnlyList<Token> tokens, int first, int last)
    {
        var (from, to) = (ScopeStart(tokens, first), ScopeEnd(tokens, last));
        return ScopeWords.AnyIn(ScopeWords.Topic, tokens, from, to) || ScopeWords.AnyIn(ScopeWords.RecordOrAccount, tokens, from, to)
            || ScopeWords.AnyIn(ScopeWords.Recourse, tokens, from, to);
    }

    private static (int First, int Last) Sentence(IReadOnlyList<Token> tokens, int index)
    {
        var (from, to) = (index, index);
        while (from > 0 && tokens[from - 1].Sentence == tokens[index].Sentence) from--;
        while (to + 1 < tokens.Count && tokens[to + 1].Sentence == tokens[index].Sentence) to++;
        return (from, to);
    }
}
