using CasuistiekBot.Assistant;
using CasuistiekBot.Privacy;

namespace CasuistiekBot.Tests.Assistant;

// Azure OpenAI through AzureOpenAIClient with an API key, against the fake server's deployment route.
public sealed class AssistantAzureTests
{
    private const string Story = "Een gezin moet volgens de regels terug, maar het jongste kind is ernstig ziek.";
    private static readonly CancellationToken None = CancellationToken.None;

    internal static Task<AssistantHarness> StartAzureAsync(string? apiKey = AssistantHarness.ApiKey) =>
        AssistantHarness.StartAsync(null, server => new Dictionary<string, string?>
        {
            ["AI:Provider"] = AssistantOptions.AzureOpenAIProvider,
            ["AI:Endpoint"] = server.ResourceEndpoint,
            ["AI:ApiKey"] = apiKey,
            ["AI:Model"] = AssistantHarness.Model,
        });

    [Fact]
    public async Task An_azure_request_goes_to_the_deployment_route_with_an_api_version_and_the_key_header()
    {
        await using var harness = await StartAzureAsync();
        harness.Server.AnswerNext(Testing.OpenAi.FakeChatAnswer.Json("""{"situation": "Een ziek kind", "wants": "advies"}"""));

        var draft = await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/openai/deployments/{AssistantHarness.Model}/chat/completions", request.Path);
        Assert.Contains("api-version=", request.Query);
        Assert.Equal(AssistantHarness.ApiKey, request.ApiKey);
        Assert.Null(request.Authorization);
        Assert.Equal("json_object", request.ResponseFormatType);
        Assert.Equal(["system", "user"], request.Messages.Select(m => m.Role));
        Assert.Equal("Een ziek kind", draft?.Situation);
        Assert.Empty(harness.Warnings);
    }

    [Fact]
    public async Task An_azure_server_error_is_not_retried_and_falls_back_with_its_status()
    {
        await using var harness = await StartAzureAsync();
        harness.Server.AnswerNext(Testing.OpenAi.FakeChatAnswer.Status(503), times: 3);

        Assert.Null(await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None));

        Assert.Single(harness.Server.Requests);
        var warning = Assert.Single(harness.Warnings);
        Assert.Equal(AssistantFailure.HttpError, warning.Properties["Failure"]);
        Assert.Equal(503, warning.Properties["StatusCode"]);
    }

    [Fact]
    public async Task An_azure_refusal_falls_back_as_a_refusal()
    {
        await using var harness = await StartAzureAsync();
        harness.Server.AnswerNext(Testing.OpenAi.FakeChatAnswer.Refused());

        Assert.Null(await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None));

        Assert.Equal(AssistantFailure.Refusal, harness.LastFailure);
    }

    [Theory]
    [InlineData(null, "https://casus.openai.azure.com/", true)]
    [InlineData(null, "https://CASUS.OpenAI.Azure.com/openai/", true)]
    [InlineData(null, "https://api.openai.com/v1/", false)]
    [InlineData(null, "http://127.0.0.1:11434/v1/", false)]
    [InlineData("AzureOpenAI", "https://gateway.example.org/", true)]
    [InlineData("azureopenai", "http://127.0.0.1:5000/", true)]
    [InlineData("OpenAI", "https://casus.openai.azure.com/openai/v1/", false)]
    public void The_client_kind_follows_the_provider_or_else_the_host(string? provider, string endpoint, bool azure)
    {
        var options = new AssistantOptions { Provider = provider, Endpoint = endpoint, Model = "m" };

        Assert.Equal(azure, options.IsAzureOpenAI);
    }
}
