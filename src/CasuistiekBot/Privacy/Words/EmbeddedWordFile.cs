using System.Reflection;

namespace CasuistiekBot.Privacy.Words;

/// <summary>Reads a data file embedded next to the word classes: one entry a line, <c>#</c> starts a comment line.</summary>
internal static class EmbeddedWordFile
{
    public static List<string> Read(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"CasuistiekBot.Privacy.{fileName}")
            ?? throw new InvalidOperationException($"The word file {fileName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#') entries.Add(entry);
        }
        return entries;
    }

    /// <summary>The entries of one section of a data file: the lines after the comment line that opens with <paramref name="header"/>, up to the next comment line.</summary>
    public static List<string> ReadSection(string fileName, string header)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"CasuistiekBot.Privacy.{fileName}")
            ?? throw new InvalidOperationException($"The word file {fileName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        var inSection = false;
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.StartsWith('#'))
            {
                if (inSection && entries.Count > 0) break;
                inSection = entry.TrimStart('#', ' ').StartsWith(header, StringComparison.Ordinal);
                continue;
            }
            if (inSection && entry.Length > 0) entries.Add(entry);
        }
        return entries;
    }
}
