namespace CasuistiekBot.Assistant;

// Section "AI": Azure OpenAI, or any OpenAI-compatible chat endpoint (OpenAI, a local server).
// Off unless both Endpoint and Model are set, so a default model name in appsettings alone switches nothing on.
internal sealed class AssistantOptions
{
    public const string SectionName = "AI";
    public const string AzureOpenAIProvider = "AzureOpenAI";
    public const string OpenAIProvider = "OpenAI";

    // Azure OpenAI: the resource, e.g. https://resource.openai.azure.com/. Otherwise the API base, e.g.
    // https://api.openai.com/v1/; requests go to {Endpoint}chat/completions.
    public string? Endpoint { get; set; }

    // "AzureOpenAI" or "OpenAI"; when empty, a host under openai.azure.com means Azure OpenAI.
    public string? Provider { get; set; }

    // Azure OpenAI: the "api-key"; without one the bot signs in with DefaultAzureCredential (managed identity).
    // Otherwise sent as "Authorization: Bearer" and may stay empty for a local server that wants none.
    public string? ApiKey { get; set; }

    // A user-assigned managed identity for Azure OpenAI; empty means the system-assigned one.
    public string? ManagedIdentityClientId { get; set; }

    // The model name, or the deployment name on Azure OpenAI.
    public string? Model { get; set; }

    // How long the intake waits for an answer before it carries on without one.
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    // Reasoning models count their thinking against this cap too.
    public int MaxOutputTokens { get; set; } = 1000;

    // Not sent unless set: reasoning models reject any temperature but their default.
    public float? Temperature { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);

    public bool IsAzureOpenAI =>
        string.Equals(Provider?.Trim(), AzureOpenAIProvider, StringComparison.OrdinalIgnoreCase)
        || (string.IsNullOrWhiteSpace(Provider) && EndpointUri.Host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase));

    public bool HasApiKey => !string.IsNullOrWhiteSpace(ApiKey);

    // With a trailing slash, so the library's relative path lands under the base instead of replacing its last segment.
    public Uri EndpointUri => new(Endpoint!.Trim().TrimEnd('/') + "/");

    public static bool IsValidEndpoint(string? endpoint) =>
        string.IsNullOrWhiteSpace(endpoint)
        || (Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));

    public static bool IsValidProvider(string? provider) =>
        string.IsNullOrWhiteSpace(provider)
        || string.Equals(provider.Trim(), AzureOpenAIProvider, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider.Trim(), OpenAIProvider, StringComparison.OrdinalIgnoreCase);
}
