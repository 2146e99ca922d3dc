namespace CasuistiekBot.Framework.Dialogs;

/// <summary>A validated flow loaded from <c>{id}.flow.json</c>.</summary>
public sealed record FlowDefinition
{
    public required string Id { get; init; }

    /// <summary>Raise it whenever the steps change; running conversations on an older version restart politely.</summary>
    public required int Version { get; init; }

    /// <summary>Name of the <see cref="IFlowCompletionHandler"/> called when every step is answered.</summary>
    public required string Completion { get; init; }

    public required IReadOnlyList<FlowStep> Steps { get; init; }

    /// <summary>The file it was loaded from (for messages), or null when built in code.</summary>
    public string? SourceFile { get; init; }

    public FlowStep? FindStep(string stepId) => Steps.FirstOrDefault(s => s.Id == stepId);
}
