using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Routing;

internal sealed record CompiledSignal(string Term, TermPattern Pattern, double Weight, bool NeedsContext, bool? Negatable)
{
    public static IReadOnlyList<CompiledSignal> From(IEnumerable<SignalDefinition> signals) =>
        [.. signals.Select(s => new CompiledSignal(s.Term!, TermPattern.TryParse(s.Term!)!, s.Weight, s.NeedsContext, s.Negatable))];
}
