using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Routing;

internal sealed record CompiledSignal(string Term, TermPattern Pattern, double Weight, bool NeedsContext, bool? Negatable)
{
    public bool Question { get; init; }
    public bool OpensSentence { get; init; }

    public bool Placed(IReadOnlyList<Token> tokens, int first) =>
        (!Question || tokens[first].InQuestion) && (!OpensSentence || tokens[first].OpensSentence);

    public static IReadOnlyList<CompiledSignal> From(IEnumerable<SignalDefinition> signals) =>
    [
        .. signals.Select(s => new CompiledSignal(s.Term!, TermPattern.TryParse(s.Term!)!, s.Weight, s.NeedsContext, s.Negatable)
        {
            Question = s.Question,
            OpensSentence = s.OpensSentence,
        }),
    ];
}
