namespace CasuistiekBot.Expertise;

/// <summary>The records of an import file, and what could not be read from it as records at all.</summary>
internal sealed record DirectoryFile(IReadOnlyList<DirectoryRow> Rows, IReadOnlyList<DirectoryProblem> Problems);
