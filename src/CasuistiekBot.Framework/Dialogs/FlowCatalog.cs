namespace CasuistiekBot.Framework.Dialogs;

/// <summary>All flows of the product, loaded and validated once at start.</summary>
public sealed class FlowCatalog
{
    private readonly Dictionary<string, FlowDefinition> _flows = new(StringComparer.Ordinal);

    /// <summary>Builds a catalog from flows made in code; throws <see cref="FlowDefinitionException"/> on duplicate ids.</summary>
    public FlowCatalog(IEnumerable<FlowDefinition> flows)
    {
        var problems = new List<string>();
        foreach (var flow in flows)
        {
            if (!_flows.TryAdd(flow.Id, flow))
            {
                problems.Add($"{flow.SourceFile ?? flow.Id}: duplicate flow id \"{flow.Id}\" (also in {_flows[flow.Id].SourceFile ?? "another flow"})");
            }
        }
        if (problems.Count > 0) throw new FlowDefinitionException(problems);
    }

    public IReadOnlyCollection<FlowDefinition> Flows => _flows.Values;

    /// <summary>
    /// Reads every <c>*.flow.json</c> in <paramref name="directory"/> (not its subfolders). Throws
    /// <see cref="FlowDefinitionException"/> listing every problem of every file when any file is broken.
    /// </summary>
    public static FlowCatalog Load(string directory)
    {
        if (!Directory.Exists(directory)) throw new FlowDefinitionException([$"{directory}: the flow directory does not exist"]);

        var problems = new List<string>();
        var flows = new List<FlowDefinition>();
        foreach (var path in Directory.EnumerateFiles(directory, "*" + FlowFileReader.Extension).Order(StringComparer.Ordinal))
        {
            if (FlowFileReader.Read(path, problems) is { } flow) flows.Add(flow);
        }
        if (problems.Count > 0) throw new FlowDefinitionException(problems);
        return new FlowCatalog(flows);
    }

    public FlowDefinition? Find(string flowId) => _flows.GetValueOrDefault(flowId);

    public FlowDefinition Get(string flowId) =>
        Find(flowId) ?? throw new InvalidOperationException($"No dialog flow \"{flowId}\" is loaded.");
}
