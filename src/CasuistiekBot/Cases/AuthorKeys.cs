using System.Security.Cryptography;
using System.Text;
using CasuistiekBot.Sealing;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Cases;

/// <summary>
/// The author lookup value: a keyed hash of an author's object id, stored on an anonymous casus only, so that its author
/// finds it under "mijn casussen" and alone may answer questions about it. The key is <c>Privacy:AuthorKey</c> or else a
/// random key in the key folder, never in the database: with database access alone the value cannot be recomputed. A
/// holder of the key and the staff directory could recompute it for every employee; the README says so.
/// </summary>
internal sealed class AuthorKeys
{
    private readonly Lazy<byte[]> _key;

    public AuthorKeys(IOptions<SealingOptions> options, KeyFolder keys, IHostEnvironment environment) =>
        _key = new(() => options.Value.AuthorKey is { Length: > 0 } configured
            ? Encoding.UTF8.GetBytes(configured)
            // Releases before the key folder kept it beside the database; moved in, the lookups made with it stay valid.
            : keys.Secret("author", movedFrom: Path.Combine(environment.ContentRootPath, "data", "author.key")));

    public string For(string aadObjectId)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(aadObjectId.Trim().ToLowerInvariant()), hash);
        return Convert.ToHexString(hash[..20]);
    }

    /// <summary>Whether <paramref name="aadObjectId"/> raised <paramref name="casus"/>: by name, or by the lookup value when anonymous.</summary>
    public bool Wrote(Casus casus, string aadObjectId) =>
        string.Equals(casus.AuthorAadObjectId, aadObjectId.Trim(), StringComparison.OrdinalIgnoreCase)
        || (casus.AuthorKey is { } key && key == For(aadObjectId));
}
