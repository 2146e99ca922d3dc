namespace CasuistiekBot.Assistant;

// Section "AI": an OpenAI-compatible chat endpoint (Azure OpenAI's /openai/v1/, OpenAI, or a local server).
// Off unless both Endpoint and Model are set, so a default model name in appsettings alone switches nothing on.
internal sealed class AssistantOptions
{
    public const string SectionName = "AI";

    // The API base, e.g. https://resource.openai.azure.com/openai/v1/; requests go to {Endpoint}chat/completions.
    public string? Endpoint { get; set; }

    // Sent as "Authorization: Bearer"; may stay empty for a local server that wants none.
    public string? ApiKey { get; set; }

    // The model name, or the deployment name on Azure OpenAI.
    public string? Model { get; set; }

    // How long the intake waits for an answer before it carries on without one.
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    // Reasoning models count their thinking against this cap too.
    public int MaxOutputTokens { get; set; } = 1000;

    // Not sent unless set: reasoning models reject any temperature but their default.
    public float? Temperature { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);

    // With a trailing slash, so the library's relative path lands under the base instead of replacing its last segment.
    public Uri EndpointUri => new(Endpoint!.Trim().TrimEnd('/') + "/");

    public static bool IsValidEndpoint(string? endpoint) =>
        string.IsNullOrWhiteSpace(endpoint)
        || (Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
