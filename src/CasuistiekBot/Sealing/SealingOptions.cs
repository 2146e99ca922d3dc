namespace CasuistiekBot.Sealing;

/// <summary>
/// Settings under <c>Privacy</c> for what is kept out of the database's reach. Without <see cref="SealingKey"/> ASP.NET
/// Core Data Protection keeps its key ring in <see cref="KeysDirectory"/>; with it (from a secret store) that key seals
/// and <see cref="AuthorKey"/> must be configured too, so that no key lives on the bot's disk at all.
/// </summary>
internal sealed class SealingOptions
{
    public const string Section = "Privacy";
    public const int MinimumSealingKeyBytes = 32;
    public const int MinimumAuthorKeyLength = 16;

    /// <summary>Relative paths are under the content root. Keep it off the database's disk and out of its backups.</summary>
    public string KeysDirectory { get; set; } = "data/keys";

    /// <summary>Base64 of at least 32 random bytes; replaces the key ring in <see cref="KeysDirectory"/>.</summary>
    public string? SealingKey { get; set; }

    /// <summary>Keys that sealed before <see cref="SealingKey"/> was rotated: they still open, they never seal.</summary>
    public List<string> PreviousSealingKeys { get; set; } = [];

    /// <summary>The key of the author lookup value ("mijn casussen"); without it a random key is kept in <see cref="KeysDirectory"/>.</summary>
    public string? AuthorKey { get; set; }

    public static byte[]? Decode(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return null;
        var bytes = new byte[key.Length];
        return Convert.TryFromBase64String(key.Trim(), bytes, out var length) && length >= MinimumSealingKeyBytes ? bytes[..length] : null;
    }
}
