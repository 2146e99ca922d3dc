using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace CasuistiekBot.Assistant;

// The vendors' own chat clients behind Microsoft.Extensions.AI: AzureOpenAIClient for Azure OpenAI, the OpenAI client
// for every other OpenAI-compatible endpoint. Only called once the assistant is enabled, so without AI settings no
// client and no Azure credential exists and nothing probes for a managed identity.
internal static class AssistantChatClients
{
    // Local servers often want no key, but the OpenAI library insists on one; they ignore the header.
    private const string NoKey = "unused";

    public static IChatClient Create(AssistantOptions options) =>
        (options.IsAzureOpenAI ? AzureChatClient(options) : OpenAiChatClient(options)).AsIChatClient();

    // For the start-up log: which client and which kind of credential, never the key itself.
    public static string Describe(AssistantOptions options) =>
        !options.IsAzureOpenAI ? "OpenAI client" : options.HasApiKey ? "Azure OpenAI with an API key" : "Azure OpenAI with DefaultAzureCredential";

    // The intake cannot wait for retries: one attempt within the timeout, then the deterministic path.
    private static T WithoutRetries<T>(T clientOptions, AssistantOptions options) where T : ClientPipelineOptions
    {
        clientOptions.RetryPolicy = new ClientRetryPolicy(maxRetries: 0);
        clientOptions.NetworkTimeout = options.Timeout;
        return clientOptions;
    }

    private static ChatClient AzureChatClient(AssistantOptions options)
    {
        var clientOptions = WithoutRetries(new AzureOpenAIClientOptions(), options);
        var client = options.HasApiKey
            ? new AzureOpenAIClient(options.EndpointUri, new ApiKeyCredential(options.ApiKey!.Trim()), clientOptions)
            : new AzureOpenAIClient(options.EndpointUri, DefaultCredential(options), clientOptions);
        return client.GetChatClient(options.Model!.Trim());
    }

    private static ChatClient OpenAiChatClient(AssistantOptions options)
    {
        var clientOptions = WithoutRetries(new OpenAIClientOptions { Endpoint = options.EndpointUri }, options);
        var key = options.HasApiKey ? options.ApiKey!.Trim() : NoKey;
        return new ChatClient(options.Model!.Trim(), new ApiKeyCredential(key), clientOptions);
    }

    // Managed identity in Azure; environment, workload identity or a developer's sign-in elsewhere.
    private static TokenCredential DefaultCredential(AssistantOptions options) =>
        new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId.Trim(),
        });
}
