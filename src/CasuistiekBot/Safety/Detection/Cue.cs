using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Safety.Detection;

/// <summary>
/// One cue of the lexicon: its words, what it says, and the checks that keep a common word in its dangerous sense
/// ("slaat haar" but not "slaat nergens op"; "geweld" but not "doet de menselijke maat geweld aan").
/// </summary>
internal sealed record Cue(CueKind Kind, CuePattern Pattern)
{
    // Dutch puts the object before the verb at the end of a clause ("dat hij hem met een riem slaat"), English after it.
    private const int PersonBefore = 4;
    private const int PersonAfter = 3;
    private const int ParticleWindow = 3;

    /// <summary>A person must be named right next to it (the one hit, killed, finished off).</summary>
    public bool NeedsPerson { get; init; }

    /// <summary>Words that, just after the cue, turn it into an idiom (particles of other verbs, "aan" of "geweld aandoen").</summary>
    public HashSet<string> NotFollowedBy { get; init; } = [];

    /// <summary>Words that, just before the cue, turn it into an idiom ("onder het mes", "ik voel me onveilig").</summary>
    public HashSet<string> NotPrecededBy { get; init; } = [];

    /// <summary>Another sign that must be in the same sentence ("gave away his guitar" only with "won't need it anymore").</summary>
    public CuePattern? Alongside { get; init; }

    public static Cue Of(CueKind kind, string pattern, int gap = 1) => new(kind, CuePattern.Parse(pattern, gap));

    public Cue WithPerson() => this with { NeedsPerson = true };

    public Cue With(string alongside, int gap) => this with { Alongside = CuePattern.Parse(alongside, gap) };

    public Cue Unless(string after = "", string before = "") => this with
    {
        NotFollowedBy = [.. after.Split(' ', StringSplitOptions.RemoveEmptyEntries)],
        NotPrecededBy = [.. before.Split(' ', StringSplitOptions.RemoveEmptyEntries)],
    };

    public bool Holds(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (Near(tokens, last + 1, last + ParticleWindow, first, NotFollowedBy.Contains)) return false;
        if (Near(tokens, first - ParticleWindow, first - 1, first, NotPrecededBy.Contains)) return false;
        if (Alongside is not null && !Alongside.FindAll(tokens).Any(m => tokens[m.First].Sentence == tokens[first].Sentence)) return false;
        return !NeedsPerson
            || Near(tokens, first + 1, last - 1, first, DangerTargets.IsPerson)
            || Near(tokens, first - PersonBefore, first - 1, first, DangerTargets.IsPerson)
            || Near(tokens, last + 1, last + PersonAfter, first, DangerTargets.IsPerson);
    }

    private static bool Near(IReadOnlyList<Token> tokens, int from, int to, int anchor, Func<string, bool> test)
    {
        for (var i = Math.Max(0, from); i <= to && i < tokens.Count; i++)
        {
            if (tokens[i].Clause == tokens[anchor].Clause && test(tokens[i].Text)) return true;
        }
        return false;
    }
}
