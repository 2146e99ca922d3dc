namespace CasuistiekBot.Privacy;

/// <summary>
/// Settings under <c>Privacy</c>. Without <see cref="FingerprintKey"/> a random key is made per process: a restart then
/// only loses the link between old and new placeholders of a running casus, it never exposes a value.
/// </summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    public const int MinimumKeyLength = 16;

    public string? FingerprintKey { get; set; }

    /// <summary>The Dutch word list (Debian package <c>wdutch</c>) that tells ordinary words from names.</summary>
    public string WordListPath { get; set; } = Words.DutchWordList.DefaultPath;
}
