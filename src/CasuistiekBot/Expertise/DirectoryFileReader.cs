using System.Text;

namespace CasuistiekBot.Expertise;

/// <summary>
/// Reads a directory file, CSV (header row; ';' or ','; RFC 4180 quotes) or JSON (an array of objects), into records
/// with the line each starts on. A file an administrator got from elsewhere may be broken or hostile: whatever cannot
/// be read becomes a problem with its line, never an exception.
/// </summary>
internal static class DirectoryFileReader
{
    // Tens of thousands of people fit in a few megabytes; a larger file is a mistake, or an attempt to exhaust memory.
    public const long MaxFileBytes = 20 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DirectoryFile Read(string path)
    {
        var size = new FileInfo(path).Length;
        if (size > MaxFileBytes) return Failed(0, $"the file is {size / (1024 * 1024)} MB; at most {MaxFileBytes / (1024 * 1024)} MB is read");
        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            return Failed(LineAt(bytes, e.Index), "the file is not UTF-8 text");
        }
        var start = text.TrimStart();
        return start.StartsWith('[') || start.StartsWith('{') || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? DirectoryJsonReader.Read(text)
            : DirectoryCsvReader.Read(text);
    }

    private static DirectoryFile Failed(int line, string problem) => new([], [new DirectoryProblem(line, problem)]);

    private static int LineAt(byte[] bytes, int index) => 1 + bytes.AsSpan(0, Math.Clamp(index, 0, bytes.Length)).Count((byte)'\n');
}
