namespace CasuistiekBot.Expertise;

/// <summary>One record of an import file, with the line it started on, before validation.</summary>
internal sealed record DirectoryRow(int Line, IReadOnlyDictionary<string, string?> Fields)
{
    public string? Get(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.Trim() is { Length: > 0 } v ? v : null;
}
