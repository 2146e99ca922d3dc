using System.Text.Json;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.State;
using CasuistiekBot.Testing.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Tests.Dialogs;

public sealed class DialogStateTests
{
    private const string Key = "msteams/conversations/a:1-conversation/dialog";

    [Fact]
    public async Task The_stack_is_stored_per_conversation_as_plain_typed_json()
    {
        var store = new MemoryStateStore();
        var t = Harness(store);
        await t.Begin("intake", new Dictionary<string, string> { ["story"] = "Verhaal." });
        t.Expect("Wat wil je");
        await t.Send("2");
        t.Expect("beslisdatum");

        var stored = await store.ReadAsync(Key, CancellationToken.None);
        using var json = JsonDocument.Parse(stored!.Json);
        var root = json.RootElement;
        Assert.Equal(DialogStack.CurrentSchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        var frame = Assert.Single(root.GetProperty("frames").EnumerateArray());
        Assert.Equal("intake", frame.GetProperty("flowId").GetString());
        Assert.Equal(1, frame.GetProperty("flowVersion").GetInt32());
        Assert.Equal("deadline", frame.GetProperty("stepId").GetString());
        Assert.Equal(2, frame.GetProperty("stepIndex").GetInt32());
        Assert.Equal(0, frame.GetProperty("attempts").GetInt32());
        Assert.False(frame.GetProperty("paused").GetBoolean());
        Assert.All(frame.GetProperty("values").EnumerateObject(), v => Assert.Equal(JsonValueKind.String, v.Value.ValueKind));
        Assert.Equal("gedeeld-beeld", frame.GetProperty("values").GetProperty("wish").GetString());

        t.ConversationId = "a:2-other";
        Assert.Null(await t.ActiveFrame());
    }

    [Fact]
    public async Task A_concurrent_write_surfaces_as_a_state_conflict()
    {
        var store = new InterferingStateStore();
        var t = Harness(store);
        await t.Send("nieuwe casus");
        t.Expect("Vertel");

        store.InterfereOnNextRead = true;
        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => t.Send("Verhaal."));
        Assert.Equal(Key, conflict.Key);
        t.ExpectNoMoreReplies();
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{ "schemaVersion": 99, "frames": [] }""")]
    [InlineData("""{ "schemaVersion": 1, "frames": [ { "stepId": "story" } ] }""")]
    public async Task Unusable_stored_state_is_replaced_with_an_apology(string json)
    {
        var store = new MemoryStateStore();
        await store.WriteAsync(Key, json, null, CancellationToken.None);
        var t = Harness(store);

        var outcome = await t.Send("Verhaal.");
        t.Expect("bestaat niet meer");
        Assert.Equal(DialogTurnStatus.Dropped, outcome.Status);
        Assert.Equal(DialogTurnStatus.NoActiveFlow, (await t.Send("hallo")).Status);

        await t.Send("nieuwe casus");
        t.Expect("Vertel");
    }

    [Fact]
    public async Task A_conversation_without_a_flow_writes_nothing()
    {
        var store = new MemoryStateStore();
        var t = Harness(store);
        await t.Send("hallo");
        await t.CancelAll();
        Assert.Null(await store.ReadAsync(Key, CancellationToken.None));
    }

    private static TranscriptHarness Harness(IStateStore store)
    {
        var t = new TranscriptHarness(TestFlows.Directory, store).StartFlowOn("nieuwe casus", "intake");
        t.Services.AddSingleton<IFlowCompletionHandler>(new RecordingCompletionHandler("intake.complete"));
        return t;
    }
}
