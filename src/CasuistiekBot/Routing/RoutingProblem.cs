namespace CasuistiekBot.Routing;

internal sealed record RoutingProblem(string Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
