namespace CasuistiekBot.Routing;

internal sealed class RoutingTableException(string source, IReadOnlyList<RoutingProblem> problems)
    : Exception($"The routing table from {source} is invalid:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems))
{
    public IReadOnlyList<RoutingProblem> Problems { get; } = problems;
}
