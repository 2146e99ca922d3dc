using System.Text.Json;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Tests.Pipeline;

public sealed class RouterTests
{
    [Theory]
    [InlineData("nieuwe casus")]
    [InlineData("  Nieuwe   CASUS! ")]
    [InlineData("<at>CasuistiekBot</at> nieuwe casus")]
    public async Task Commands_match_exactly_after_mentions_case_and_punctuation_are_stripped(string text)
    {
        await using var host = new PipelineHost(s => s.AddSingleton<ICommandHandler>(new EchoCommand("nieuwe casus")));

        await host.SendAsync(TestActivities.Message(text));

        Assert.Equal(["command:nieuwe casus"], host.Connector.SentTexts);
    }

    [Fact]
    public async Task Command_words_inside_a_sentence_do_not_trigger_the_command()
    {
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<ICommandHandler>(new EchoCommand("help"));
            s.AddSingleton<IMessageFallback, RecordingFallback>();
        });

        await host.SendAsync(TestActivities.Message("ik heb help nodig bij een dossier"));

        Assert.Equal(["fallback:ik heb help nodig bij een dossier"], host.Connector.SentTexts);
    }

    [Fact]
    public async Task Diacritics_do_not_matter_for_commands()
    {
        await using var host = new PipelineHost(s => s.AddSingleton<ICommandHandler>(new EchoCommand("registreer als coördinatoren-kanaal")));

        await host.SendAsync(TestActivities.Message("registreer als coordinatoren-kanaal"));

        Assert.Equal(["command:registreer als coördinatoren-kanaal"], host.Connector.SentTexts);
    }

    [Fact]
    public async Task An_active_flow_gets_its_interrupt_words_before_commands()
    {
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<ICommandHandler>(new EchoCommand("help"));
            s.AddSingleton<IConversationFlow>(new FakeFlow(active: true));
        });

        await host.SendAsync(TestActivities.Message("help"));

        Assert.Equal(["flow:help"], host.Connector.SentTexts);
    }

    [Fact]
    public async Task Without_an_active_flow_the_command_answers_and_other_text_reaches_the_fallback()
    {
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<ICommandHandler>(new EchoCommand("help"));
            s.AddSingleton<IConversationFlow>(new FakeFlow(active: false));
            s.AddSingleton<IMessageFallback, RecordingFallback>();
        });

        await host.SendAsync(TestActivities.Message("help"));
        await host.SendAsync(TestActivities.Message("een verhaal"));

        Assert.Equal(["command:help", "fallback:een verhaal"], host.Connector.SentTexts);
    }

    [Fact]
    public async Task An_active_flow_receives_answers_that_are_not_commands()
    {
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<ICommandHandler>(new EchoCommand("mijn casussen"));
            s.AddSingleton<IConversationFlow>(new FakeFlow(active: true));
        });

        await host.SendAsync(TestActivities.Message("Het gaat om een gezin met drie kinderen"));
        await host.SendAsync(TestActivities.Message("mijn casussen"));

        Assert.Equal(["flow:Het gaat om een gezin met drie kinderen", "command:mijn casussen"], host.Connector.SentTexts);
    }

    [Fact]
    public async Task Execute_action_returns_the_handlers_card_in_the_invoke_response()
    {
        var handler = new VerbHandler("demo.refresh", a => InvokeResponse.Card(new() { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["id"] = a.GetString("id") }));
        await using var host = new PipelineHost(s => s.AddSingleton<ICardActionHandler>(handler));

        var result = await host.SendAsync(TestActivities.Execute("demo.refresh", new { id = "CS-2026-0001" }));

        Assert.Equal(200, result.InvokeResponse!.Status);
        Assert.Equal(ContentTypes.AdaptiveCard, result.InvokeResponse.Body!["type"]!.GetValue<string>());
        Assert.Equal("CS-2026-0001", result.InvokeResponse.Body!["value"]!["id"]!.GetValue<string>());
        Assert.True(handler.Seen.Single().IsInvoke);
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task Submit_fallback_reaches_the_same_handler_and_updates_the_clicked_card()
    {
        var handler = new VerbHandler("demo.refresh", _ => InvokeResponse.Card(new() { ["type"] = "AdaptiveCard", ["version"] = "1.5" }));
        await using var host = new PipelineHost(s => s.AddSingleton<ICardActionHandler>(handler));

        await host.SendAsync(TestActivities.Submit(new { verb = "demo.refresh", note = "x" }, replyToId: "card-42"));

        var call = Assert.Single(host.Connector.Calls);
        Assert.Equal("update", call.Operation);
        Assert.Equal("card-42", call.ActivityId);
        Assert.Equal(ContentTypes.AdaptiveCard, call.Activity!.Attachments!.Single().ContentType);
        Assert.False(handler.Seen.Single().IsInvoke);
        Assert.Equal("x", handler.Seen.Single().GetString("note"));
    }

    [Fact]
    public async Task Unknown_verb_is_answered_with_a_message_and_no_handler_runs()
    {
        var handler = new VerbHandler("demo.refresh", _ => null);
        await using var host = new PipelineHost(s => s.AddSingleton<ICardActionHandler>(handler));

        var result = await host.SendAsync(TestActivities.Execute("demo.forged"));

        Assert.Equal(ContentTypes.ActivityMessage, result.InvokeResponse!.Body!["type"]!.GetValue<string>());
        Assert.Contains("niet (meer) beschikbaar", result.InvokeResponse.Body!["value"]!.GetValue<string>());
        Assert.Empty(handler.Seen);
    }

    [Theory]
    [InlineData("{}", "BadRequest")]
    [InlineData("""{"action":{"type":"Action.Submit","verb":"x"}}""", "NotSupported")]
    [InlineData("""{"action":{"type":"Action.Execute"}}""", "BadRequest")]
    public async Task Malformed_card_invokes_get_400_with_an_error_body(string value, string code)
    {
        await using var host = new PipelineHost(_ => { });
        var activity = TestActivities.Invoke(InvokeNames.AdaptiveCardAction, null) with { Value = JsonDocument.Parse(value).RootElement };

        var result = await host.SendAsync(activity);

        Assert.Equal(400, result.InvokeResponse!.Status);
        Assert.Equal(code, result.InvokeResponse.Body!["value"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_invoke_names_get_501()
    {
        await using var host = new PipelineHost(_ => { });

        var result = await host.SendAsync(TestActivities.Invoke("composeExtension/query", new { }));

        Assert.Equal(501, result.InvokeResponse!.Status);
    }
}
