namespace CasuistiekBot.Routing;

internal sealed record CompiledTheme(int Index, ThemeDefinition Definition, IReadOnlyList<CompiledSignal> Signals)
{
    public string Id => Definition.Id!;
}
