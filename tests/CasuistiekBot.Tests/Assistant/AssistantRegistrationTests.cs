using CasuistiekBot.Assistant;
using CasuistiekBot.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Assistant;

public sealed class AssistantRegistrationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string?, string?> HalfConfigurations => new()
    {
        { null, null },
        { "endpoint", null },
        { null, "casus-model" },
        { "endpoint", "  " },
    };

    [Theory, MemberData(nameof(HalfConfigurations))]
    public async Task Without_both_endpoint_and_model_the_assistant_answers_null_and_sends_nothing(string? endpoint, string? model)
    {
        await using var harness = await AssistantHarness.StartAsync(null, server => new Dictionary<string, string?>
        {
            ["AI:Endpoint"] = endpoint is null ? null : server.Endpoint,
            ["AI:ApiKey"] = AssistantHarness.ApiKey,
            ["AI:Model"] = model,
        });

        Assert.IsType<DisabledCasusAssistant>(harness.Assistant);
        Assert.Null(await harness.Assistant.DraftAsync("Een verhaal.", ScrubMemory.Create(), "nl", None));
        Assert.Null(await harness.Assistant.RefineRoutesAsync("Een verhaal.", ScrubMemory.Create(), [new("spreekuur", "Casus", 0.5)], "nl", None));
        Assert.Empty(harness.Server.Requests);
        Assert.Empty(harness.Warnings);
    }

    [Fact]
    public async Task With_endpoint_and_model_the_assistant_talks_to_the_endpoint()
    {
        await using var harness = await AssistantHarness.StartAsync();

        Assert.IsType<ChatCasusAssistant>(harness.Assistant);
    }

    [Fact]
    public async Task A_local_server_without_a_key_still_gets_requests()
    {
        await using var harness = await AssistantHarness.StartAsync(null, server => new Dictionary<string, string?>
        {
            ["AI:Endpoint"] = server.Endpoint.TrimEnd('/'),
            ["AI:Model"] = "llama",
        });

        await harness.Assistant.DraftAsync("Een verhaal.", ScrubMemory.Create(), "nl", None);

        Assert.Equal("/openai/v1/chat/completions", Assert.Single(harness.Server.Requests).Path);
    }

    [Fact]
    public void The_defaults_are_off_with_an_eight_second_timeout()
    {
        var options = Resolve([]);

        Assert.False(options.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(8), options.Timeout);
    }

    [Theory]
    [InlineData("AI:Endpoint", "not a url")]
    [InlineData("AI:Endpoint", "ftp://example.org/v1/")]
    [InlineData("AI:Timeout", "00:00:00")]
    [InlineData("AI:MaxOutputTokens", "0")]
    [InlineData("AI:Temperature", "-1")]
    public void Invalid_settings_fail_validation(string key, string value)
    {
        Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value, ["AI:Model"] = "m" }));
    }

    private static AssistantOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddAssistant(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<AssistantOptions>>().Value;
    }
}
