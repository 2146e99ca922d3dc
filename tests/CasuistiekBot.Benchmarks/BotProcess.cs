using System.Diagnostics;
using System.Globalization;

namespace CasuistiekBot.Benchmarks;

/// <summary>A bot under test as a real process on 127.0.0.1: how long it took to become ready, and its resident memory.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private BotProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }
    public int ProcessId => _process.Id;
    public TimeSpan StartToReady { get; private set; }

    public static async Task<BotProcess> StartAsync(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment,
        string url, string readyPath, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var clock = Stopwatch.StartNew();
        var bot = new BotProcess(new Process { StartInfo = info }, url);
        bot._process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        bot._process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        bot._process.Start();
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        await bot.WaitUntilReadyAsync(readyPath, clock);
        return bot;
    }

    /// <summary>VmRSS from /proc, in MiB.</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kilobytes / 1024;
    }

    /// <summary>User plus system CPU time the process used so far (from /proc/&lt;pid&gt;/stat, in clock ticks of 10 ms).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        // Fields after the parenthesised command name; utime and stime are the 14th and 15th fields of the line.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    public string Tail(int lines = 30)
    {
        lock (_output) return string.Join('\n', _output.TakeLast(lines));
    }

    private async Task WaitUntilReadyAsync(string readyPath, Stopwatch clock)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The bot exited with {_process.ExitCode}:\n{Tail()}");
            try
            {
                if ((await http.GetAsync(Url + readyPath)).IsSuccessStatusCode)
                {
                    StartToReady = clock.Elapsed;
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(10);
        }
        throw new TimeoutException($"The bot was not ready within 60 s:\n{Tail()}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            if (FullLog is { } path) File.AppendAllText(path, line + "\n");
            _output.Add(line);
            if (_output.Count > 200) _output.RemoveAt(0);
        }
    }

    // Every line the bot writes, for a look at what a turn does (for example its SQL with the EF command log on).
    private static readonly string? FullLog = Environment.GetEnvironmentVariable("CASUISTIEK_BENCH_BOT_LOG") is { Length: > 0 } p ? p : null;

    private bool _disposed;

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
