namespace CasuistiekBot.Commands;

/// <summary>
/// What an admin command runs with: the arguments (its own name first), standard input, standard output for the result
/// alone, and standard error for problems, usage and logs; and the usage of every command.
/// </summary>
internal sealed record AdminCommandLine(string[] Args, TextReader Input, TextWriter Output, TextWriter Error, string Usage)
{
    public bool Has(string flag) => Args.Contains(flag, StringComparer.Ordinal);

    /// <summary>Writes the usage of every command to standard error; the exit code is 2.</summary>
    public async Task<int> ShowUsageAsync()
    {
        await Error.WriteLineAsync(Usage);
        return 2;
    }
}
