using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Routing;

internal sealed record CompiledRoute(
    int Index,
    RouteDefinition Definition,
    IReadOnlyList<CompiledSignal> Signals,
    IReadOnlyList<TermPattern> Context,
    SafetyKind Safety,
    IReadOnlyDictionary<CasusWish, double> Wishes)
{
    public string Id => Definition.Id!;

    public static CompiledRoute From(int index, RouteDefinition definition)
    {
        SafetyKinds.TryParse(definition.Safety, out var safety);
        var wishes = new Dictionary<CasusWish, double>();
        foreach (var (name, bonus) in definition.Wishes)
        {
            if (CasusWishes.TryParse(name, out var wish)) wishes[wish] = bonus;
        }
        var context = definition.Context.Select(TermPattern.TryParse).OfType<TermPattern>().ToList();
        return new CompiledRoute(index, definition, CompiledSignal.From(definition.Signals), context, safety, wishes);
    }
}
