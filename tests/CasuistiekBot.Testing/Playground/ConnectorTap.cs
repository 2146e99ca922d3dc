using System.Net;
using System.Text.Json;

namespace CasuistiekBot.Testing.Playground;

/// <summary>
/// Sits between the bot and the Playground's connector (the serviceUrl the Playground hands out points here) and
/// passes every call through unchanged, keeping each message the Playground accepted. The Playground's web-client
/// stream leaves out chats of users other than the current one; this is how a test sees what they received.
/// </summary>
internal sealed class ConnectorTap : IAsyncDisposable
{
    private const string Prefix = "/_connector";
    private readonly HttpListener _listener = new();
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false });
    private readonly MessageLog _accepted = new();
    private readonly List<string> _refused = [];
    private readonly Uri _playground;
    private readonly Task _serving;

    public ConnectorTap(int port, Uri playground)
    {
        _playground = playground;
        ServiceUrl = new Uri($"http://127.0.0.1:{port}{Prefix}");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}{Prefix}/");
        _listener.Start();
        _serving = ServeAsync();
    }

    public Uri ServiceUrl { get; }

    public MessageLog Accepted => _accepted;

    public string Describe()
    {
        string[] refused;
        lock (_refused) refused = [.. _refused];
        return $"--- connector calls the Playground refused ({refused.Length}):\n{string.Join('\n', refused.Select(r => "  " + r))}";
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
        }
        _listener.Close();
        _http.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => PassThroughAsync(context));
        }
    }

    private async Task PassThroughAsync(HttpListenerContext context)
    {
        var incoming = context.Request;
        using var body = new MemoryStream();
        await incoming.InputStream.CopyToAsync(body);
        using var forward = new HttpRequestMessage(new HttpMethod(incoming.HttpMethod), new Uri(_playground, incoming.RawUrl));
        if (body.Length > 0 || incoming.HttpMethod is "POST" or "PUT")
        {
            forward.Content = new ByteArrayContent(body.ToArray());
            forward.Content.Headers.TryAddWithoutValidation("Content-Type", incoming.ContentType ?? "application/json");
        }
        if (incoming.Headers["Authorization"] is { } authorization) forward.Headers.TryAddWithoutValidation("Authorization", authorization);

        var outgoing = context.Response;
        try
        {
            using var answer = await _http.SendAsync(forward);
            var answerBody = await answer.Content.ReadAsByteArrayAsync();
            Record(incoming.HttpMethod, incoming.Url!.AbsolutePath, body.ToArray(), (int)answer.StatusCode, answerBody);
            outgoing.StatusCode = (int)answer.StatusCode;
            if (answer.Content.Headers.ContentType is { } type) outgoing.ContentType = type.ToString();
            await outgoing.OutputStream.WriteAsync(answerBody);
        }
        catch (HttpRequestException e)
        {
            lock (_refused) _refused.Add($"{incoming.HttpMethod} {incoming.RawUrl}: {e.Message}");
            outgoing.StatusCode = (int)HttpStatusCode.BadGateway;
        }
        finally
        {
            outgoing.Close();
        }
    }

    private void Record(string method, string path, byte[] request, int status, byte[] answer)
    {
        if (status is < 200 or > 299)
        {
            lock (_refused) _refused.Add($"{method} {path} -> {status} {System.Text.Encoding.UTF8.GetString(answer)}");
            return;
        }
        if (ConnectorMessage.TryRead(method, path, request, answer) is { } message) _accepted.Add(message);
    }
}
