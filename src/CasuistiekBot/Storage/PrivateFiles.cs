namespace CasuistiekBot.Storage;

/// <summary>
/// Files that hold personal data or keys (the SQLite database, key files) are for the bot's own account only: created
/// 0600 in folders created 0700, and tightened when an older release left them readable for others. Windows has no
/// modes; there the folder's access list decides.
/// </summary>
internal static class PrivateFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode OthersAndGroup = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates the folder 0700 when it is new; an existing folder keeps its mode unless <paramref name="tighten"/>.</summary>
    public static void EnsureFolder(string path, bool tighten = false)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        if (!Directory.Exists(path)) Directory.CreateDirectory(path, FolderMode);
        else if (tighten) Tighten(path);
    }

    /// <summary>Creates an empty file 0600 unless it exists; an existing one loses any access by group and others.</summary>
    public static void EnsureFile(string path)
    {
        if (File.Exists(path))
        {
            Tighten(path);
            return;
        }
        try
        {
            using var _ = CreateNew(path);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first.
        }
    }

    /// <summary>A new file, 0600, open for writing; throws <see cref="IOException"/> when it already exists.</summary>
    public static FileStream CreateNew(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = FileMode;
        return new FileStream(path, options);
    }

    private static void Tighten(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        var current = File.GetUnixFileMode(path);
        if ((current & OthersAndGroup) != 0) File.SetUnixFileMode(path, current & ~OthersAndGroup);
    }
}
