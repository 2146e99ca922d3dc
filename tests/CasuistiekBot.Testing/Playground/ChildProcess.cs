using System.Diagnostics;

namespace CasuistiekBot.Testing.Playground;

/// <summary>A server the harness started: its output is kept (the tail) for failure messages, and it dies with the harness.</summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 400;
    private readonly Process _process;
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public static ChildProcess Start(string name, ProcessStartInfo info)
    {
        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        // A child that inherits the test host's stdin can block on it or react to it; give it its own.
        info.RedirectStandardInput = true;
        foreach (var variable in new[] { "NO_PROXY", "no_proxy" }) info.Environment[variable] = "127.0.0.1,localhost";

        var child = new ChildProcess(name, new Process { StartInfo = info });
        child._process.OutputDataReceived += (_, e) => child.Append(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    public bool HasPrinted(string text)
    {
        lock (_gate) return _lines.Any(line => line.Contains(text, StringComparison.Ordinal));
    }

    public string Output()
    {
        lock (_gate) return string.Join('\n', _lines);
    }

    public string Describe()
    {
        var state = HasExited ? $"exited with code {_process.ExitCode}" : $"running as pid {_process.Id}";
        return $"--- {Name} ({state}), last output:\n{Output()}";
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await _process.WaitForExitAsync(patience.Token);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or refuses to die: nothing more a test can do about it.
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_gate)
        {
            _lines.Enqueue(line);
            if (_lines.Count > KeptLines) _lines.Dequeue();
        }
    }
}
