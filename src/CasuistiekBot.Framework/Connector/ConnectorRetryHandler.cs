namespace CasuistiekBot.Framework.Connector;

/// <summary>
/// Runs every outbound call through the resilience pipeline. The body is buffered once and each attempt gets its own
/// request message, because a sent request (and a streamed body) cannot be sent again.
/// </summary>
internal sealed class ConnectorRetryHandler(ConnectorResiliencePipeline resilience) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        return await resilience.Pipeline.ExecuteAsync(
            async token => await base.SendAsync(Copy(request, body), token),
            cancellationToken);
    }

    private static HttpRequestMessage Copy(HttpRequestMessage original, byte[]? body)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri)
        {
            Version = original.Version,
            VersionPolicy = original.VersionPolicy,
        };
        foreach (var header in original.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        foreach (var option in original.Options) copy.Options.TryAdd(option.Key, option.Value);
        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in original.Content!.Headers) copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        return copy;
    }
}
