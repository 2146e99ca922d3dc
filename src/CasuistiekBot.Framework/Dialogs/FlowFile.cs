namespace CasuistiekBot.Framework.Dialogs;

// The raw shape of a flow file: everything nullable so that the validator can name what is missing
// instead of the serializer failing on the first gap.
internal sealed class FlowFile
{
    public string? Id { get; set; }
    public int? Version { get; set; }
    public string? Completion { get; set; }
    public List<FlowFileStep?>? Steps { get; set; }
}

internal sealed class FlowFileStep
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public FlowFileText? Prompt { get; set; }
    public FlowFileText? Retry { get; set; }
    public FlowFileText? Help { get; set; }
    public List<FlowFileChoice?>? Choices { get; set; }
    public bool? Multiple { get; set; }
    public string? Validator { get; set; }
    public int? MaxLength { get; set; }
    public bool? Optional { get; set; }
    public string? Card { get; set; }
    public string? AskWhen { get; set; }
}

internal sealed class FlowFileText
{
    public string? Nl { get; set; }
    public string? En { get; set; }
}

internal sealed class FlowFileChoice
{
    public string? Value { get; set; }
    public string? Nl { get; set; }
    public string? En { get; set; }
    public List<string?>? Synonyms { get; set; }
}
