using System.Security.Cryptography;
using System.Text;
using CasuistiekBot.Cases;
using CasuistiekBot.Sealing;
using CasuistiekBot.Tests.Storage;
using CasuistiekBot.Tests.Triage;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Sealing;

/// <summary>The keys that seal what the database must not show: where they are kept, who may read them, how they rotate.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]   // file modes
public sealed class SealingTests
{
    [Fact]
    public async Task The_database_file_and_the_key_files_are_readable_by_the_bot_alone()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await TriageKit.SubmitCasusAsync(app, visibility: "3");

        var keys = Path.Combine(app.DataDirectory, "keys");
        var files = Directory.GetFiles(keys);
        Assert.Contains(files, f => f.EndsWith("author.key", StringComparison.Ordinal));
        Assert.Contains(files, f => Path.GetFileName(f).StartsWith("key-", StringComparison.Ordinal) && f.EndsWith(".xml", StringComparison.Ordinal));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(keys));
        Assert.All(files.Append(Path.Combine(app.DataDirectory, "bot.db")),
            file => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file)));
    }

    [Fact]
    public void A_configured_key_opens_what_it_sealed_after_rotation_and_nothing_sealed_for_another_purpose()
    {
        byte[] first = RandomNumberGenerator.GetBytes(32), second = RandomNumberGenerator.GetBytes(32);
        var sealedRoute = new ConfiguredKeyProtectionProvider([first]).CreateProtector(AuthorRouteSeal.Purpose).Protect("a:personal-1");

        var rotated = new ConfiguredKeyProtectionProvider([second, first]);

        Assert.DoesNotContain("personal", sealedRoute);
        Assert.Equal("a:personal-1", rotated.CreateProtector(AuthorRouteSeal.Purpose).Unprotect(sealedRoute));
        Assert.NotEqual(sealedRoute, rotated.CreateProtector(AuthorRouteSeal.Purpose).Protect("a:personal-1"));
        Assert.ThrowsAny<CryptographicException>(() => rotated.CreateProtector("another purpose").Unprotect(sealedRoute));
        Assert.ThrowsAny<CryptographicException>(() => new ConfiguredKeyProtectionProvider([second]).CreateProtector(AuthorRouteSeal.Purpose).Unprotect(sealedRoute));
    }

    [Fact]
    public void An_author_key_an_older_release_kept_beside_the_database_moves_into_the_key_folder_and_its_lookups_stay_valid()
    {
        var root = Directory.CreateTempSubdirectory("casuistiek-keys-").FullName;
        try
        {
            var old = Path.Combine(root, "data", "author.key");
            Directory.CreateDirectory(Path.GetDirectoryName(old)!);
            var secret = RandomNumberGenerator.GetBytes(32);
            File.WriteAllText(old, Convert.ToBase64String(secret));
            File.SetUnixFileMode(old, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            var options = Options.Create(new SealingOptions { KeysDirectory = "/" + Path.GetRelativePath("/", Path.Combine(root, "keys")) });
            var environment = new TestHostEnvironment(root);

            var lookup = new AuthorKeys(options, new KeyFolder(options, environment), environment).For("00000000-0000-4000-8000-000000000101");

            Assert.Equal(Convert.ToHexString(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("00000000-0000-4000-8000-000000000101")))[..40], lookup);
            Assert.False(File.Exists(old));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(root, "keys", "author.key")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
