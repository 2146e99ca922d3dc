using CasuistiekBot.Routing.Text;
using CasuistiekBot.Safety.Detection;

namespace CasuistiekBot.Safety;

/// <summary>
/// Finds acute danger in what a person writes: suicide or self-harm, violence or a threat of it, a child in danger, a
/// threat to staff. Deterministic and cheap enough for every message: a cue from the lexicon counts only when its scope
/// leaves it standing (not denied, not hypothetical, not over, not about a training or a record). Where no cue stands,
/// the learned <see cref="DangerModel"/> may still hear danger in a sentence, under the same scope at its heaviest word.
/// </summary>
internal sealed class AcuteDangerDetector(DangerModel model, IReadOnlyList<Cue> lexicon)
{
    // Log odds above which a sentence the rules found nothing in is taken as danger. Chosen with each tuned set left out
    // of training in turn: the highest recall whose precision is no lower than the earlier model's and which alarms on
    // fewer ordinary casus stories it has not read (never chosen on a set that was still held out).
    public const double ModelThreshold = 4.0;

    private readonly CueIndex index = new(lexicon);

    /// <summary>The rules alone.</summary>
    public AcuteDangerDetector() : this(DangerModel.Empty, DangerLexicon.Cues)
    {
    }

    /// <summary>The rules, and the shipped model for the sentences they find nothing in (<see cref="SafetyOptions.LearnedModel"/>).</summary>
    public static AcuteDangerDetector WithLearnedModel() => new(DangerModel.Embedded, DangerLexicon.Cues);

    public DangerFinding Detect(string text)
    {
        var tokens = DangerTokens.Tokenize(text);
        var kinds = DangerKind.None;
        var cues = new List<string>();
        var (found, standing) = Cues(tokens);
        foreach (var (cue, first, last) in standing)
        {
            var kind = KindOf(cue.Kind, tokens, first, last);
            if (kind == DangerKind.None) continue;
            kinds |= kind;
            cues.Add(Words(tokens, first, last));
        }
        if (kinds == DangerKind.None) (kinds, cues) = Heard(tokens, found);
        return kinds == DangerKind.None ? DangerFinding.None : new DangerFinding(kinds, [.. cues.Distinct()]);
    }

    // A sentence in which the rules found a cue and judged it out of scope (denied, hypothetical, over) is theirs to
    // judge: the model speaks only for sentences the lexicon has no word for.
    private (DangerKind Kinds, List<string> Cues) Heard(IReadOnlyList<Token> tokens, IReadOnlyList<(Cue Cue, int First, int Last)> found)
    {
        var judged = found.Select(f => tokens[f.First].Sentence).ToHashSet();
        var kinds = DangerKind.None;
        var cues = new List<string>();
        foreach (var reading in model.Read(tokens))
        {
            var anchor = reading.Anchor;
            if (reading.Score <= ModelThreshold || judged.Contains(tokens[anchor].Sentence)) continue;
            // Not the denial: the model's heaviest word often sits inside a danger that is said with "niet" ("wil niet meer leven").
            if (DangerScope.ExcludesAsFrame(tokens, anchor, anchor) || DangerScope.IsFigurative(tokens, anchor) || DangerFrames.AimsAtThing(tokens, anchor, anchor)) continue;
            if (reading.Suicide && DangerFrames.IsOrdinaryLeaving(tokens, anchor, anchor)) continue;
            kinds |= reading.Suicide ? DangerKind.Suicide : KindOf(CueKind.Harm, tokens, anchor, anchor);
            // Not a cue of the lexicon: the word that weighed most, marked so that nobody takes it for one.
            cues.Add($"(model) {Words(tokens, anchor, anchor)}");
        }
        return (kinds, cues);
    }

    private static string Words(IReadOnlyList<Token> tokens, int first, int last) =>
        string.Join(' ', Enumerable.Range(first, last - first + 1).Select(i => tokens[i].Original.ToLowerInvariant()));

    private (List<(Cue Cue, int First, int Last)> Found, IEnumerable<(Cue Cue, int First, int Last)> Standing) Cues(IReadOnlyList<Token> tokens)
    {
        var found = index.Candidates(tokens)
            .SelectMany(cue => cue.Pattern.FindAll(tokens).Where(m => cue.Holds(tokens, m.First, m.Last)).Select(m => (Cue: cue, m.First, m.Last)))
            .ToList();
        // "Hij dreigt zichzelf iets aan te doen" threatens no one else: self-harm wins over the harm it overlaps.
        var selfHarm = found.Where(f => f.Cue.Kind == CueKind.SelfHarm).ToList();
        var standing = found
            .Where(f => f.Cue.Kind == CueKind.SelfHarm || !selfHarm.Any(s => s.First <= f.Last && f.First <= s.Last))
            .Where(f => !DangerScope.Excludes(tokens, f.First, f.Last))
            .Where(f => f.Cue.Kind != CueKind.Harm || !(DangerScope.IsFigurative(tokens, f.First) || DangerFrames.AimsAtThing(tokens, f.First, f.Last)))
            .Where(f => f.Cue.Kind != CueKind.Neglect || !DangerFrames.IsArranged(tokens, f.First))
            .Where(f => f.Cue.Kind != CueKind.SelfHarm || !DangerFrames.IsOrdinaryLeaving(tokens, f.First, f.Last));
        return (found, standing);
    }

    private static DangerKind KindOf(CueKind cue, IReadOnlyList<Token> tokens, int first, int last)
    {
        // "Weet waar de aangever woont": someone named inside the cue is the one it is aimed at.
        var named = DangerTargets.NamedWithin(tokens, first + 1, last - 1);
        if (cue == CueKind.Harm && named != DangerKind.None) return named;
        var (from, to) = DangerScope.Clause(tokens, first);
        var child = DangerTargets.AnyChild(tokens, from, to) || DangerTargets.ChildReferredTo(tokens, from, to) ? DangerKind.Child : DangerKind.None;
        return cue switch
        {
            CueKind.SelfHarm => DangerKind.Suicide,
            CueKind.StaffThreat => DangerKind.Staff,
            CueKind.ChildHarm => DangerKind.Child,
            CueKind.Neglect => child,
            CueKind.StaffSign => DangerTargets.AnyWriterOrStaff(tokens, from, to) ? DangerKind.Staff
                : DangerTargets.AnyPartner(tokens, from, to) ? DangerKind.Violence : DangerKind.None,
            CueKind.ExtendedSuicide => DangerKind.Suicide | Harm(child | (DangerTargets.AnyStaff(tokens, from, to) ? DangerKind.Staff : DangerKind.None)),
            CueKind.Unsafe => DangerTargets.AnyPerson(tokens, from, to) ? (child == DangerKind.None ? DangerKind.Violence : child) : DangerKind.None,
            _ => Harm(child | (DangerTargets.AnyStaff(tokens, from, to) ? DangerKind.Staff : DangerKind.None)),
        };
    }

    private static DangerKind Harm(DangerKind target) => target == DangerKind.None ? DangerKind.Violence : target;
}
