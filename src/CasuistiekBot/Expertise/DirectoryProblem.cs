namespace CasuistiekBot.Expertise;

/// <summary>What is wrong in an import file, and on which line (0 when it concerns the file as a whole).</summary>
internal sealed record DirectoryProblem(int Line, string Problem);
