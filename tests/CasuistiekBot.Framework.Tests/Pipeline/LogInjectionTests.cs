using System.Text.Json;
using CasuistiekBot.Framework.Diagnostics;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Testing.Logging;
using CasuistiekBot.Testing.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Tests.Pipeline;

/// <summary>
/// Values from outside must not reach the log raw: a CR/LF would forge a log line, an ESC sequence would drive the
/// terminal of whoever tails the log, and a bidi override would hide what a line says.
/// </summary>
public sealed class LogInjectionTests
{
    private const string Hostile = "x\u001b[2J\u001b[31m\r\nINFO forged line\u202e\u0000";

    [Fact]
    public void Control_and_format_characters_are_written_as_escapes()
    {
        var safe = LogValue.Safe("a\u001b[31mb\r\nc\u202ed\u0085e\u009bf\u0000");

        Assert.Equal("a\\u001B[31mb\\u000D\\u000Ac\\u202Ed\\u0085e\\u009Bf\\u0000", safe);
    }

    [Fact]
    public void Long_values_are_cut_and_say_how_much_was_left_out()
    {
        Assert.Equal("abc…(+7)", LogValue.Safe("abcdefghij", maxLength: 3));
        Assert.Equal("(none)", LogValue.Safe(null));
    }

    [Theory]
    [InlineData("signal.snooze", true)]
    [InlineData("intake.editField", true)]
    [InlineData("panel.add-2_x", true)]
    [InlineData("", false)]
    [InlineData(".hidden", false)]
    [InlineData("signal.snooze\r\n", false)]
    [InlineData("signal snooze", false)]
    [InlineData("signaal.sluiten€", false)]
    public void Card_verbs_are_letters_digits_dots_dashes_and_underscores(string verb, bool wellFormed)
    {
        Assert.Equal(wellFormed, CardVerb.IsWellFormed(verb));
    }

    [Fact]
    public async Task A_card_action_with_a_hostile_verb_is_refused_before_routing_and_never_logged_raw()
    {
        var logs = new CapturingLoggerProvider();
        var handler = new VerbHandler("signal.snooze", _ => null);
        await using var host = Host(logs, handler);

        var result = await host.SendAsync(TestActivities.Execute("signal.snooze" + Hostile));

        Assert.Equal(400, result.InvokeResponse!.Status);
        Assert.Equal("BadRequest", result.InvokeResponse.Body!["value"]!["code"]!.GetValue<string>());
        Assert.Empty(handler.Seen);
        AssertNothingRaw(logs);
    }

    [Fact]
    public async Task A_verb_longer_than_the_limit_is_refused_even_when_a_handler_claims_it()
    {
        var verb = "signal." + new string('x', CardVerb.MaxLength);
        var handler = new VerbHandler(verb, _ => null);
        await using var host = Host(new CapturingLoggerProvider(), handler);

        var result = await host.SendAsync(TestActivities.Execute(verb));

        Assert.Equal(400, result.InvokeResponse!.Status);
        Assert.Empty(handler.Seen);
    }

    [Fact]
    public async Task A_card_submit_with_a_hostile_verb_gets_the_unknown_action_answer_and_a_clean_log_line()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = Host(logs, new VerbHandler("signal.snooze", _ => null));

        await host.SendAsync(TestActivities.Submit(new { verb = Hostile }));

        Assert.Single(host.Connector.SentTexts);
        Assert.Contains(logs.Entries, e => e.Message.Contains($"(malformed, {Hostile.Length} characters)"));
        AssertNothingRaw(logs);
    }

    [Fact]
    public async Task The_tenant_filter_logs_a_hostile_tenant_id_escaped()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = new PipelineHost(
            services => services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)),
            new() { ["Bot:AllowedTenants:0"] = TestActivities.TenantId });

        await host.SendAsync(TestActivities.Message("hallo") with
        {
            Id = "id" + Hostile,
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "tenant" + Hostile } }),
        });

        Assert.Contains(logs.Entries, e => e.Message.Contains("tenant tenantx\\u001B[2J"));
        AssertNothingRaw(logs);
    }

    private static PipelineHost Host(CapturingLoggerProvider logs, ICardActionHandler handler) => new(services =>
    {
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton(handler);
    });

    private static void AssertNothingRaw(CapturingLoggerProvider logs) =>
        Assert.All(logs.Lines, line => Assert.False(LogValue.HasUnsafeCharacters(line), $"raw control or format character in: {LogValue.Safe(line, 400)}"));
}
