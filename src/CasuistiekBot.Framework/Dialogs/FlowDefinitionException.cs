namespace CasuistiekBot.Framework.Dialogs;

/// <summary>One or more flow files are broken; every problem names its file.</summary>
public sealed class FlowDefinitionException(IReadOnlyList<string> problems)
    : Exception("Invalid dialog flows:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    /// <summary>Each problem as <c>"file.flow.json: what is wrong"</c>.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
