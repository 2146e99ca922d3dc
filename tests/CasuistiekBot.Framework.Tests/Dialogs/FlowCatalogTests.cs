using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Framework.Tests.Dialogs;

public sealed class FlowCatalogTests : IDisposable
{
    private const string Prompt = """ "prompt": { "nl": "Vraag?", "en": "Question?" } """;
    private readonly TempFlowDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_test_flows_load_with_their_steps_in_order()
    {
        var catalog = FlowCatalog.Load(TestFlows.Directory);

        var intake = catalog.Get("intake");
        Assert.Equal(["story", "wish", "deadline", "named"], intake.Steps.Select(s => s.Id));
        Assert.Equal(StepKind.Choice, intake.Steps[1].Kind);
        Assert.Equal("Een gedeeld beeld", intake.Steps[1].Choices[1].Title.Nl);
        Assert.Equal(200, intake.Steps[0].MaxLength);
        Assert.True(intake.Steps[2].Optional);
        Assert.Equal("intake.flow.json", intake.SourceFile);
    }

    [Fact]
    public void The_products_flows_load_when_present()
    {
        if (!Directory.Exists(RepositoryPaths.Dialogs)) return;
        var catalog = FlowCatalog.Load(RepositoryPaths.Dialogs);
        Assert.All(catalog.Flows, f => Assert.NotEmpty(f.Steps));
    }

    [Theory]
    [InlineData("""{ "id": "sample", """, "not a valid flow file")]
    [InlineData("""{ "id": "sample", "version": 1, "completion": "c", "stepz": [] }""", "stepz")]
    [InlineData("""{ "version": 1, "completion": "c", "steps": [ { "id": "a", "kind": "text", PROMPT } ] }""", "\"id\" is missing")]
    [InlineData("""{ "id": "other", "version": 1, "completion": "c", "steps": [ { "id": "a", "kind": "text", PROMPT } ] }""", "does not match the file name")]
    [InlineData("""{ "id": "sample", "completion": "c", "steps": [ { "id": "a", "kind": "text", PROMPT } ] }""", "\"version\" is missing")]
    [InlineData("""{ "id": "sample", "version": 0, "completion": "c", "steps": [ { "id": "a", "kind": "text", PROMPT } ] }""", "version 0 must be 1 or higher")]
    [InlineData("""{ "id": "sample", "version": 1, "steps": [ { "id": "a", "kind": "text", PROMPT } ] }""", "\"completion\"")]
    [InlineData("""{ "id": "sample", "version": 1, "completion": "c", "steps": [] }""", "\"steps\" is missing or empty")]
    public void A_broken_flow_file_is_rejected_with_its_name_and_problem(string json, string problem)
    {
        _dir.Write("sample.flow.json", json.Replace("PROMPT", Prompt, StringComparison.Ordinal));

        var ex = Assert.Throws<FlowDefinitionException>(() => FlowCatalog.Load(_dir.Path));

        Assert.Contains(ex.Problems, p => p.StartsWith("sample.flow.json: ", StringComparison.Ordinal) && p.Contains(problem, StringComparison.Ordinal));
        Assert.Contains("sample.flow.json", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "a", "kind": "text", PROMPT }, { "id": "a", "kind": "date", PROMPT }""", "duplicate step id \"a\"")]
    [InlineData("""{ "id": "a", "kind": "datum", PROMPT }""", "kind \"datum\" is unknown")]
    [InlineData("""{ "id": "a", PROMPT }""", "\"kind\" is missing")]
    [InlineData("""{ "id": "a", "kind": "text" }""", "\"prompt\" is missing")]
    [InlineData("""{ "id": "a", "kind": "text", "prompt": { "nl": "Vraag?" } }""", "\"prompt\" has no English text")]
    [InlineData("""{ "id": "a", "kind": "text", "prompt": { "en": "Question?" } }""", "\"prompt\" has no Dutch text")]
    [InlineData("""{ "id": "a", "kind": "text", PROMPT, "help": { "nl": "", "en": "Help" } }""", "\"help\" has no Dutch text")]
    [InlineData("""{ "id": "a", "kind": "choice", PROMPT }""", "a choice step needs \"choices\"")]
    [InlineData("""{ "id": "a", "kind": "choice", PROMPT, "choices": [ { "value": "x", "nl": "X" } ] }""", "choice \"x\" needs both \"nl\" and \"en\"")]
    [InlineData("""{ "id": "a", "kind": "choice", PROMPT, "choices": [ { "nl": "X", "en": "X" } ] }""", "choices[0]: \"value\" is missing")]
    [InlineData("""{ "id": "a", "kind": "choice", PROMPT, "choices": [ { "value": "x", "nl": "X", "en": "X" }, { "value": "x", "nl": "Y", "en": "Y" } ] }""", "duplicate choice value \"x\"")]
    [InlineData("""{ "id": "a", "kind": "choice", PROMPT, "choices": [ { "value": "x", "nl": "X", "en": "X", "synonyms": ["beide"] }, { "value": "y", "nl": "Y", "en": "Y", "synonyms": ["Béide"] } ] }""", "both answer to \"beide\"")]
    [InlineData("""{ "id": "a", "kind": "text", PROMPT, "choices": [] }""", "\"choices\" is only for choice steps")]
    [InlineData("""{ "id": "a", "kind": "card", PROMPT }""", "a card step needs \"card\"")]
    [InlineData("""{ "id": "a", "kind": "date", PROMPT, "maxLength": 10 }""", "\"maxLength\" is only for text steps")]
    [InlineData("""{ "id": "a", "kind": "text", PROMPT, "maxLength": 0 }""", "maxLength 0 must be 1 or higher")]
    [InlineData("""{ "id": "a b", "kind": "text", PROMPT }""", "may only hold letters")]
    [InlineData("""{ "id": "a", "kind": "text", PROMPT, "optinal": true }""", "optinal")]
    public void A_broken_step_is_rejected_with_the_file_the_step_and_the_problem(string steps, string problem)
    {
        var json = $$"""{ "id": "sample", "version": 1, "completion": "sample.done", "steps": [ {{steps}} ] }""";
        _dir.Write("sample.flow.json", json.Replace("PROMPT", Prompt, StringComparison.Ordinal));

        var ex = Assert.Throws<FlowDefinitionException>(() => FlowCatalog.Load(_dir.Path));

        Assert.Contains(ex.Problems, p => p.StartsWith("sample.flow.json: ", StringComparison.Ordinal) && p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_broken_file_is_reported_at_once()
    {
        _dir.Write("one.flow.json", """{ "id": "one", "version": 1, "completion": "c", "steps": [] }""");
        _dir.Write("two.flow.json", "[]");

        var ex = Assert.Throws<FlowDefinitionException>(() => FlowCatalog.Load(_dir.Path));

        Assert.Contains(ex.Problems, p => p.StartsWith("one.flow.json", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.StartsWith("two.flow.json", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_directory_is_reported()
    {
        var ex = Assert.Throws<FlowDefinitionException>(() => FlowCatalog.Load(Path.Combine(_dir.Path, "nope")));
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_flows_with_one_id_are_rejected()
    {
        var flow = FlowCatalog.Load(TestFlows.Directory).Get("unit");
        var ex = Assert.Throws<FlowDefinitionException>(() => new FlowCatalog([flow, flow with { SourceFile = "copy.flow.json" }]));
        Assert.Contains("duplicate flow id \"unit\"", ex.Message, StringComparison.Ordinal);
    }
}
