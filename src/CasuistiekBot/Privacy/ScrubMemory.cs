using System.Security.Cryptography;

namespace CasuistiekBot.Privacy;

/// <summary>
/// What keeps placeholders stable across the answers of one casus. It is stored in dialog state, so it holds only
/// keyed fingerprints (HMAC with the configured key and this casus' own salt), never an original value.
/// </summary>
public sealed record ScrubMemory
{
    public required string Salt { get; init; }

    public List<ScrubMemoryEntry> Entries { get; init; } = [];

    public static ScrubMemory Create() => new() { Salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)) };

    internal int CountOf(string kind) => Entries.Count(e => e.Kind == kind);
}
