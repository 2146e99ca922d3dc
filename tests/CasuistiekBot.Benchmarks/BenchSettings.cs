using System.Globalization;

namespace CasuistiekBot.Benchmarks;

/// <summary>Command-line settings (<c>--name value</c>); scripts/bench.sh fills the paths and servers.</summary>
internal sealed record BenchSettings
{
    public string Mode { get; init; } = "turns";
    public required string OursAssembly { get; init; }
    public required string PeerDirectory { get; init; }
    public string? Postgres { get; init; }
    public string? Redis { get; init; }
    public IReadOnlyList<string> Targets { get; init; } = ["ours-memory", "ours-sqlite", "ours-postgres", "ours-redis", "peer"];
    public IReadOnlyList<int> Levels { get; init; } = [16, 64, 256];
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(3);
    public TimeSpan Measure { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan ProcessWarmUp { get; init; } = TimeSpan.FromSeconds(15);
    public IReadOnlyList<int> MemoryCheckpoints { get; init; } = [1_000, 10_000];
    public int PortBase { get; init; } = 17100;
    public int Rounds { get; init; } = 1;
    public int Reminders { get; init; } = 2_000;
    public int DeliveryRate { get; init; } = 30;
    public string Command { get; init; } = "";

    public static BenchSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Expected --name value, got '{args[i]}'");
            values[args[i][2..]] = args[i + 1];
        }
        string? Get(string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        var defaults = new BenchSettings { OursAssembly = "", PeerDirectory = "" };
        return new BenchSettings
        {
            Mode = Get("mode") ?? defaults.Mode,
            OursAssembly = Get("ours") ?? throw new ArgumentException("--ours <CasuistiekBot.dll> is required"),
            PeerDirectory = Get("peer") ?? throw new ArgumentException("--peer <tests/peer-bot> is required"),
            Postgres = Get("postgres"),
            Redis = Get("redis"),
            Targets = Get("targets")?.Split(',') ?? defaults.Targets,
            Levels = Get("levels") is { } l ? [.. l.Split(',').Select(Int)] : defaults.Levels,
            WarmUp = Get("warmup") is { } w ? TimeSpan.FromSeconds(Int(w)) : defaults.WarmUp,
            Measure = Get("measure") is { } m ? TimeSpan.FromSeconds(Int(m)) : defaults.Measure,
            ProcessWarmUp = Get("process-warmup") is { } pw ? TimeSpan.FromSeconds(Int(pw)) : defaults.ProcessWarmUp,
            MemoryCheckpoints = Get("memory") is { } c ? c == "none" ? [] : [.. c.Split(',').Select(Int)] : defaults.MemoryCheckpoints,
            PortBase = Get("port-base") is { } p ? Int(p) : defaults.PortBase,
            Rounds = Get("rounds") is { } rounds ? Math.Max(1, Int(rounds)) : defaults.Rounds,
            Reminders = Get("reminders") is { } r ? Int(r) : defaults.Reminders,
            DeliveryRate = Get("rate") is { } rate ? Int(rate) : defaults.DeliveryRate,
            Command = Get("command") ?? "",
        };
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
