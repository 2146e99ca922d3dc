using CasuistiekBot.Hosting;

namespace CasuistiekBot.Commands;

/// <summary>
/// The loop of the JSON Lines admin commands: one answer line per input line, blank lines skipped, every answer flushed
/// at once. A bad line is the command's to answer; only input that cannot be read at all ends the run with exit code 1.
/// </summary>
internal static class JsonLinesLoop
{
    public static async Task<int> RunAsync(
        TextReader input, TextWriter output, Func<string, int, Task<string>> answer, Func<int, string> unreadable, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        while (true)
        {
            string? line;
            try
            {
                line = await input.ReadLineAsync(cancellationToken);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                await output.WriteLineAsync(unreadable(lineNumber + 1).AsMemory(), cancellationToken);
                return 1;
            }
            if (line is null) return 0;
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            await output.WriteLineAsync((await answer(line, lineNumber)).AsMemory(), cancellationToken);
            await output.FlushAsync(cancellationToken);
        }
    }
}
