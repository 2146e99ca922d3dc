using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>
/// The app's validators, completion handlers, card renderers, conditions and answer interpreters, indexed once by the
/// names the flows use. The engine looks them up here on every step and the start check (<see cref="FindProblems"/>)
/// reads the same index, so what passed at start is exactly what the engine finds later. They are registered as
/// singletons.
/// </summary>
public sealed class FlowComponents
{
    private readonly Lazy<Index> _index;

    public FlowComponents(
        IEnumerable<IStepValidator> validators,
        IEnumerable<IFlowCompletionHandler> completionHandlers,
        IEnumerable<IStepCardRenderer> cardRenderers,
        IEnumerable<IStepCondition> conditions,
        IEnumerable<IAnswerInterpreter> interpreters)
        : this(() => new Index(validators, completionHandlers, cardRenderers, conditions, interpreters))
    {
    }

    private FlowComponents(Func<Index> build) => _index = new Lazy<Index>(build);

    /// <summary>In registration order; the first interpretation that is not null wins.</summary>
    public IReadOnlyList<IAnswerInterpreter> Interpreters => _index.Value.Interpreters;

    // Completion handlers may depend on the engine (to begin the next flow), and the engine on this index: so the
    // registered components are resolved when the index is first used, by the start check, after the engine exists.
    internal static FlowComponents From(IServiceProvider services) => new(() => new Index(
        services.GetServices<IStepValidator>(), services.GetServices<IFlowCompletionHandler>(), services.GetServices<IStepCardRenderer>(),
        services.GetServices<IStepCondition>(), services.GetServices<IAnswerInterpreter>()));

    /// <summary>
    /// Every name a flow in <paramref name="catalog"/> uses that no component answers to, and every name two components
    /// share, each as <c>"file.flow.json: flow "id" step "id": what is missing"</c>.
    /// </summary>
    public IReadOnlyList<string> FindProblems(FlowCatalog catalog)
    {
        var index = _index.Value;
        var problems = new List<string>(index.Duplicates);
        foreach (var flow in catalog.Flows.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            var file = flow.SourceFile ?? "(flow made in code)";
            if (!index.CompletionHandlers.ContainsKey(flow.Completion)) problems.Add($"{file}: flow \"{flow.Id}\": no completion handler \"{flow.Completion}\"");
            foreach (var step in flow.Steps)
            {
                var at = $"{file}: flow \"{flow.Id}\" step \"{step.Id}\"";
                if (step.Validator is { } v && !index.Validators.ContainsKey(v)) problems.Add($"{at}: no validator \"{v}\"");
                if (step.Card is { } c && !index.CardRenderers.ContainsKey(c)) problems.Add($"{at}: no card renderer \"{c}\"");
                if (step.AskWhen is { } w && !index.Conditions.ContainsKey(w)) problems.Add($"{at}: no condition \"{w}\"");
            }
        }
        return problems;
    }

    internal IStepValidator Validator(string flowId, FlowStep step) =>
        _index.Value.Validators.GetValueOrDefault(step.Validator!) ?? throw Missing("validator", step.Validator!, flowId, step.Id);

    internal IStepCardRenderer CardRenderer(string flowId, FlowStep step) =>
        _index.Value.CardRenderers.GetValueOrDefault(step.Card!) ?? throw Missing("card renderer", step.Card!, flowId, step.Id);

    internal IStepCondition Condition(string flowId, FlowStep step) =>
        _index.Value.Conditions.GetValueOrDefault(step.AskWhen!) ?? throw Missing("condition", step.AskWhen!, flowId, step.Id);

    internal IFlowCompletionHandler CompletionHandler(FlowDefinition flow) =>
        _index.Value.CompletionHandlers.GetValueOrDefault(flow.Completion)
        ?? throw new InvalidOperationException($"No completion handler \"{flow.Completion}\" is registered (flow \"{flow.Id}\").");

    // Only reachable when the start check did not run, as in an engine built by hand for a test.
    private static InvalidOperationException Missing(string kind, string name, string flowId, string stepId) =>
        new($"No {kind} \"{name}\" is registered (flow \"{flowId}\", step \"{stepId}\").");

    private sealed class Index
    {
        public Index(
            IEnumerable<IStepValidator> validators,
            IEnumerable<IFlowCompletionHandler> completionHandlers,
            IEnumerable<IStepCardRenderer> cardRenderers,
            IEnumerable<IStepCondition> conditions,
            IEnumerable<IAnswerInterpreter> interpreters)
        {
            Validators = ByName(validators, v => v.Name, "validator");
            CompletionHandlers = ByName(completionHandlers, h => h.Name, "completion handler");
            CardRenderers = ByName(cardRenderers, r => r.Name, "card renderer");
            Conditions = ByName(conditions, c => c.Name, "condition");
            Interpreters = [.. interpreters];
        }

        public List<string> Duplicates { get; } = [];
        public Dictionary<string, IStepValidator> Validators { get; }
        public Dictionary<string, IFlowCompletionHandler> CompletionHandlers { get; }
        public Dictionary<string, IStepCardRenderer> CardRenderers { get; }
        public Dictionary<string, IStepCondition> Conditions { get; }
        public IReadOnlyList<IAnswerInterpreter> Interpreters { get; }

        private Dictionary<string, T> ByName<T>(IEnumerable<T> components, Func<T, string> name, string kind)
        {
            var index = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var component in components)
            {
                if (!index.TryAdd(name(component), component)) Duplicates.Add($"two {kind}s are named \"{name(component)}\"");
            }
            return index;
        }
    }
}
