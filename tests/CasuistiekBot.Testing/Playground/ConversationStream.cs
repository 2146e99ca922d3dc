using System.Net.WebSockets;
using System.Text.Json;

namespace CasuistiekBot.Testing.Playground;

/// <summary>
/// Listens to the Playground's web-client stream and keeps every bot message. The Playground replays what it
/// buffered while no client was connected; whatever arrives during a short settling window after connecting
/// is that history and is dropped.
/// </summary>
internal sealed class ConversationStream : IAsyncDisposable
{
    private static readonly TimeSpan ReplayWindow = TimeSpan.FromMilliseconds(500);
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly MessageLog _log = new();
    private Task _receiving = Task.CompletedTask;
    private volatile bool _live;
    private int _replayed;
    private Exception? _failure;

    public static async Task<ConversationStream> ConnectAsync(Uri playground, CancellationToken cancellationToken)
    {
        var stream = new ConversationStream();
        var uri = new UriBuilder(playground) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri;
        await stream._socket.ConnectAsync(uri, cancellationToken);
        stream._receiving = stream.ReceiveAsync(stream._stop.Token);
        await Task.Delay(ReplayWindow, cancellationToken);
        stream._live = true;
        return stream;
    }

    public IReadOnlyList<PlaygroundMessage> Messages => _log.Messages;

    /// <summary>The first message (since connecting) that matches, waiting for one until the timeout; null if none came.</summary>
    public Task<PlaygroundMessage?> WaitForAsync(Func<PlaygroundMessage, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken) =>
        _log.WaitForAsync(predicate, timeout, cancellationToken);

    public string Describe()
    {
        var messages = Messages;
        var lines = messages.Select(m => "  " + m);
        var failure = _failure is null ? "" : $"\n  stream failed: {_failure.Message}";
        return $"--- conversation stream ({messages.Count} bot messages, {_replayed} replayed frames dropped){failure}\n{string.Join('\n', lines)}";
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _receiving;
        }
        catch (OperationCanceledException)
        {
        }
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close) return;
                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                Accept(frame.ToArray());
                frame.SetLength(0);
            }
        }
        catch (Exception e) when (e is WebSocketException or JsonException)
        {
            _failure = e;
        }
    }

    private void Accept(byte[] json)
    {
        if (!_live)
        {
            Interlocked.Increment(ref _replayed);
            return;
        }
        using var document = JsonDocument.Parse(json);
        if (PlaygroundMessage.TryParse(document.RootElement) is { } message) _log.Add(message);
    }
}
