namespace CasuistiekBot.Assistant;

/// <summary>
/// Section <c>AI</c>: an OpenAI-compatible chat endpoint (Azure OpenAI's <c>/openai/v1/</c>, OpenAI, or a local server).
/// Off unless both <see cref="Endpoint"/> and <see cref="Model"/> are set.
/// </summary>
internal sealed class AssistantOptions
{
    public const string SectionName = "AI";

    /// <summary>The API base, e.g. <c>https://resource.openai.azure.com/openai/v1/</c>; requests go to <c>{Endpoint}chat/completions</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer</c>; may stay empty for a local server that wants none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The model name, or the deployment name on Azure OpenAI.</summary>
    public string? Model { get; set; }

    /// <summary>How long the intake waits for an answer before it carries on without one.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    public int MaxOutputTokens { get; set; } = 800;

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Model);

    /// <summary>The endpoint with a trailing slash, so relative paths land under it rather than replacing its last segment.</summary>
    public Uri EndpointUri => new(Endpoint!.Trim().TrimEnd('/') + "/");

    public static bool IsValidEndpoint(string? endpoint) =>
        string.IsNullOrWhiteSpace(endpoint)
        || (Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
