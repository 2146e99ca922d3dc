namespace CasuistiekBot.Routing;

internal sealed class ThemeDefinition
{
    public string? Id { get; set; }
    public LocalizedText? Name { get; set; }
    public List<SignalDefinition> Signals { get; set; } = [];
}
