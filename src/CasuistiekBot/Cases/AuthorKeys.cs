using System.Security.Cryptography;
using System.Text;

namespace CasuistiekBot.Cases;

/// <summary>
/// A keyed hash of an author's Entra object id: enough to find "my cases", useless for learning who wrote an
/// anonymous one. The key comes from <c>Privacy:AuthorKey</c>; without it (local development) a random key is kept in
/// <c>data/author.key</c> under the content root. Instances that share a database must share the configured key.
/// </summary>
public sealed class AuthorKeys
{
    private readonly byte[] _key;

    public AuthorKeys(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["Privacy:AuthorKey"];
        _key = string.IsNullOrWhiteSpace(configured) ? LoadOrCreate(Path.Combine(environment.ContentRootPath, "data", "author.key")) : Encoding.UTF8.GetBytes(configured);
    }

    public string For(string aadObjectId)
    {
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(aadObjectId.Trim().ToLowerInvariant()), hash);
        return Convert.ToHexString(hash[..20]);
    }

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());   // another process created it first
        }
    }
}
