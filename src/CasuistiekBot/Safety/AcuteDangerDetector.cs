using CasuistiekBot.Routing.Text;
using CasuistiekBot.Safety.Detection;

namespace CasuistiekBot.Safety;

/// <summary>
/// Finds acute danger in what a person writes: suicide or self-harm, violence or a threat of it, a child in danger, a
/// threat to staff. Deterministic and cheap enough for every message: a cue from the lexicon counts only when its scope
/// leaves it standing (not denied, not hypothetical, not over, not about a training or a record).
/// </summary>
internal sealed class AcuteDangerDetector
{
    public DangerFinding Detect(string text)
    {
        var tokens = DangerTokens.Tokenize(text);
        var kinds = DangerKind.None;
        var cues = new List<string>();
        foreach (var (cue, first, last) in Standing(tokens))
        {
            var kind = KindOf(cue.Kind, tokens, first, last);
            if (kind == DangerKind.None) continue;
            kinds |= kind;
            cues.Add(string.Join(' ', Enumerable.Range(first, last - first + 1).Select(i => tokens[i].Original.ToLowerInvariant())));
        }
        return kinds == DangerKind.None ? DangerFinding.None : new DangerFinding(kinds, [.. cues.Distinct()]);
    }

    private static IEnumerable<(Cue Cue, int First, int Last)> Standing(IReadOnlyList<Token> tokens)
    {
        var found = DangerLexicon.Cues
            .SelectMany(cue => cue.Pattern.FindAll(tokens).Where(m => cue.Holds(tokens, m.First, m.Last)).Select(m => (Cue: cue, m.First, m.Last)))
            .ToList();
        // "Hij dreigt zichzelf iets aan te doen" threatens no one else: self-harm wins over the harm it overlaps.
        var selfHarm = found.Where(f => f.Cue.Kind == CueKind.SelfHarm).ToList();
        return found
            .Where(f => f.Cue.Kind == CueKind.SelfHarm || !selfHarm.Any(s => s.First <= f.Last && f.First <= s.Last))
            .Where(f => !DangerScope.Excludes(tokens, f.First, f.Last))
            .Where(f => f.Cue.Kind != CueKind.Harm || !(DangerScope.IsFigurative(tokens, f.First) || DangerFrames.AimsAtThing(tokens, f.First, f.Last)))
            .Where(f => f.Cue.Kind != CueKind.Neglect || !DangerFrames.IsArranged(tokens, f.First));
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
