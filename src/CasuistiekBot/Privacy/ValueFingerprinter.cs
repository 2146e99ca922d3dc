using System.Security.Cryptography;
using System.Text;

namespace CasuistiekBot.Privacy;

/// <summary>Keyed, salted fingerprints of normalised values; the key never leaves the process.</summary>
internal sealed class ValueFingerprinter
{
    private static readonly Lazy<byte[]> ProcessKey = new(() => RandomNumberGenerator.GetBytes(32));

    private readonly byte[] _key;

    public ValueFingerprinter(PrivacyOptions options) =>
        _key = string.IsNullOrEmpty(options.FingerprintKey) ? ProcessKey.Value : Encoding.UTF8.GetBytes(options.FingerprintKey);

    public string Of(string salt, string kind, string normalizedValue)
    {
        var data = Encoding.UTF8.GetBytes($"{salt}\n{kind}\n{normalizedValue}");
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, data, hash);
        return Convert.ToBase64String(hash[..18]);
    }
}
