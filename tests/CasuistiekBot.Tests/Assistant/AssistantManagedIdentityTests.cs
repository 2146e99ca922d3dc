using CasuistiekBot.Assistant;
using CasuistiekBot.Privacy;
using CasuistiekBot.Testing.Auth;
using CasuistiekBot.Testing.OpenAi;

namespace CasuistiekBot.Tests.Assistant;

// Azure OpenAI without a key signs in with DefaultAzureCredential. The managed identity it finds is the App Service
// kind, pointed by IDENTITY_ENDPOINT and IDENTITY_HEADER at a fake token endpoint on 127.0.0.1, so no credential ever
// probes the instance metadata address. The variables belong to the whole process, hence a collection of its own
// that runs alone. Managed identity tokens are cached for the whole process, so only one test here fetches one.
[Collection(nameof(ProcessEnvironmentCollection))]
public sealed class AssistantManagedIdentityTests
{
    private const string Story = "Een gezin moet volgens de regels terug, maar het jongste kind is ernstig ziek.";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Without_a_key_azure_requests_carry_a_managed_identity_token_fetched_once_from_the_local_endpoint()
    {
        await using var identity = await FakeManagedIdentityEndpoint.StartAsync();
        using var environment = ManagedIdentityEnvironment.PointTo(identity);
        await using var harness = await AssistantAzureTests.StartAzureAsync(apiKey: null);
        harness.Server.AnswerNext(FakeChatAnswer.Json("""{"situation": "Een ziek kind"}"""));

        var draft = await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);
        await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None);

        Assert.Empty(harness.Warnings);
        var tokenRequest = Assert.Single(identity.Requests);
        Assert.Equal(FakeManagedIdentityEndpoint.Secret, tokenRequest.Secret);
        Assert.Contains("resource=https://cognitiveservices.azure.com", Uri.UnescapeDataString(tokenRequest.PathAndQuery));
        Assert.Equal(2, harness.Server.Requests.Count);
        Assert.All(harness.Server.Requests, request =>
        {
            Assert.Equal($"/openai/deployments/{AssistantHarness.Model}/chat/completions", request.Path);
            Assert.Equal("Bearer " + FakeManagedIdentityEndpoint.AccessToken, request.Authorization);
            Assert.Null(request.ApiKey);
        });
        Assert.Equal("Een ziek kind", draft?.Situation);
    }

    [Fact]
    public async Task Without_ai_settings_no_credential_asks_for_a_token()
    {
        await using var identity = await FakeManagedIdentityEndpoint.StartAsync();
        using var environment = ManagedIdentityEnvironment.PointTo(identity);
        await using var harness = await AssistantHarness.StartAsync(null, _ => new Dictionary<string, string?>
        {
            ["AI:Provider"] = AssistantOptions.AzureOpenAIProvider,
        });

        Assert.Null(await harness.Assistant.DraftAsync(Story, ScrubMemory.Create(), "nl", None));

        Assert.IsType<DisabledCasusAssistant>(harness.Assistant);
        Assert.Empty(identity.Requests);
        Assert.Empty(harness.Server.Requests);
    }
}
