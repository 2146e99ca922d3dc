namespace CasuistiekBot.Framework.Dialogs;

/// <summary>
/// The app's validators, completion handlers, card renderers, conditions and answer interpreters, indexed once by the
/// names the flows use. The engine looks them up here on every step and the start check (<see cref="FindProblems"/>)
/// reads the same index, so what passed at start is exactly what the engine finds later. They are registered as
/// singletons.
/// </summary>
public sealed class FlowComponents
{
    private readonly List<string> _duplicates = [];
    private readonly Dictionary<string, IStepValidator> _validators;
    private readonly Dictionary<string, IFlowCompletionHandler> _completionHandlers;
    private readonly Dictionary<string, IStepCardRenderer> _cardRenderers;
    private readonly Dictionary<string, IStepCondition> _conditions;

    public FlowComponents(
        IEnumerable<IStepValidator> validators,
        IEnumerable<IFlowCompletionHandler> completionHandlers,
        IEnumerable<IStepCardRenderer> cardRenderers,
        IEnumerable<IStepCondition> conditions,
        IEnumerable<IAnswerInterpreter> interpreters)
    {
        _validators = Index(validators, v => v.Name, "validator");
        _completionHandlers = Index(completionHandlers, h => h.Name, "completion handler");
        _cardRenderers = Index(cardRenderers, r => r.Name, "card renderer");
        _conditions = Index(conditions, c => c.Name, "condition");
        Interpreters = [.. interpreters];
    }

    /// <summary>In registration order; the first interpretation that is not null wins.</summary>
    public IReadOnlyList<IAnswerInterpreter> Interpreters { get; }

    /// <summary>
    /// Every name a flow in <paramref name="catalog"/> uses that no component answers to, and every name two components
    /// share, each as <c>"file.flow.json: flow "id" step "id": what is missing"</c>.
    /// </summary>
    public IReadOnlyList<string> FindProblems(FlowCatalog catalog)
    {
        var problems = new List<string>(_duplicates);
        foreach (var flow in catalog.Flows.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            var file = flow.SourceFile ?? "(flow made in code)";
            if (!_completionHandlers.ContainsKey(flow.Completion)) problems.Add($"{file}: flow \"{flow.Id}\": no completion handler \"{flow.Completion}\"");
            foreach (var step in flow.Steps)
            {
                var at = $"{file}: flow \"{flow.Id}\" step \"{step.Id}\"";
                if (step.Validator is { } v && !_validators.ContainsKey(v)) problems.Add($"{at}: no validator \"{v}\"");
                if (step.Card is { } c && !_cardRenderers.ContainsKey(c)) problems.Add($"{at}: no card renderer \"{c}\"");
                if (step.AskWhen is { } w && !_conditions.ContainsKey(w)) problems.Add($"{at}: no condition \"{w}\"");
            }
        }
        return problems;
    }

    internal IStepValidator Validator(string flowId, FlowStep step) =>
        _validators.GetValueOrDefault(step.Validator!) ?? throw Missing("validator", step.Validator!, flowId, step.Id);

    internal IStepCardRenderer CardRenderer(string flowId, FlowStep step) =>
        _cardRenderers.GetValueOrDefault(step.Card!) ?? throw Missing("card renderer", step.Card!, flowId, step.Id);

    internal IStepCondition Condition(string flowId, FlowStep step) =>
        _conditions.GetValueOrDefault(step.AskWhen!) ?? throw Missing("condition", step.AskWhen!, flowId, step.Id);

    internal IFlowCompletionHandler CompletionHandler(FlowDefinition flow) =>
        _completionHandlers.GetValueOrDefault(flow.Completion)
        ?? throw new InvalidOperationException($"No completion handler \"{flow.Completion}\" is registered (flow \"{flow.Id}\").");

    // Only reachable when the start check did not run, as in an engine built by hand for a test.
    private static InvalidOperationException Missing(string kind, string name, string flowId, string stepId) =>
        new($"No {kind} \"{name}\" is registered (flow \"{flowId}\", step \"{stepId}\").");

    private Dictionary<string, T> Index<T>(IEnumerable<T> components, Func<T, string> name, string kind)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var component in components)
        {
            if (!index.TryAdd(name(component), component)) _duplicates.Add($"two {kind}s are named \"{name(component)}\"");
        }
        return index;
    }
}
