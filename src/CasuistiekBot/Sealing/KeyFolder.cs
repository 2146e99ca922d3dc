using System.Security.Cryptography;
using System.Text;
using CasuistiekBot.Storage;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Sealing;

/// <summary>
/// The folder of keys that must not be where the database is (<c>Privacy:KeysDirectory</c>): made 0700, its files 0600.
/// Instances that share a database must share this folder, or configure the keys instead.
/// </summary>
internal sealed class KeyFolder(IOptions<SealingOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<string> _path = new(() =>
    {
        var path = System.IO.Path.GetFullPath(options.Value.KeysDirectory, environment.ContentRootPath);
        PrivateFiles.EnsureFolder(path, tighten: true);
        return path;
    });

    public string Path => _path.Value;

    /// <summary>
    /// The random secret <paramref name="name"/>, made on first use. A key file an older release kept elsewhere
    /// (<paramref name="movedFrom"/>) is moved in, so that what it keyed stays valid, and loses access by others.
    /// </summary>
    public byte[] Secret(string name, string? movedFrom = null)
    {
        var file = System.IO.Path.Combine(Path, name + ".key");
        if (!File.Exists(file) && movedFrom is not null && File.Exists(movedFrom))
        {
            File.Move(movedFrom, file);
            PrivateFiles.EnsureFile(file);
        }
        if (File.Exists(file)) return Read(file);
        var secret = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var stream = PrivateFiles.CreateNew(file);
            stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(secret)));
            return secret;
        }
        catch (IOException) when (File.Exists(file))
        {
            return Read(file);   // another instance made it first
        }
    }

    private static byte[] Read(string file) => Convert.FromBase64String(File.ReadAllText(file).Trim());
}
