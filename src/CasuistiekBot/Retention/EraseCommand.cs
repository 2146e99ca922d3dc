using System.Globalization;
using System.Text.RegularExpressions;
using CasuistiekBot.Cases;
using CasuistiekBot.Commands;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Retention;

/// <summary>
/// <c>erase --casus CS-yyyy-nnnn</c>: erases one casus at once, whatever its age (withdrawn first if still open), and
/// says what it did. For a request that reached an administrator rather than the bot.
/// </summary>
internal sealed partial class EraseCommand(DatabaseMigrator migrator, ErasableCases cases, CaseErasure erasure, Texts texts) : IAdminCommand
{
    Task<int> IAdminCommand.RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken) =>
        RunAsync(commandLine.Args, commandLine.Output, commandLine.Error, cancellationToken);

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var reference = Reference(args);
        if (reference is null || !ReferenceFormat().IsMatch(reference))
        {
            await error.WriteLineAsync("Usage: CasuistiekBot erase --casus CS-yyyy-nnnn");
            return 2;
        }
        await migrator.MigrateAsync(cancellationToken);
        if (await cases.FindAsync(reference, cancellationToken) is not { } casus)
        {
            await error.WriteLineAsync($"No casus {reference}.");
            return 1;
        }
        var result = await erasure.EraseAsync(casus.Id, Audit.System, texts.Get(RetentionTextKeys.EraseReasonAdmin, "nl"), cancellationToken);
        var (exit, line) = result.Outcome switch
        {
            CaseErasure.Outcome.Erased => (0, Done(casus, result.Withdrawn)),
            CaseErasure.Outcome.AlreadyErased => (0, $"{reference}: already erased; nothing changed."),
            CaseErasure.Outcome.InFollowUp => (1, $"{reference}: discussed and its follow-up is still running; close it first. Nothing changed."),
            _ => (1, $"{reference}: changed while erasing; nothing changed, try again."),
        };
        await (exit == 0 ? output : error).WriteLineAsync(line);
        return exit;
    }

    private static string Done(ErasableCasus casus, bool withdrawn) =>
        $"{casus.Reference}: {(withdrawn ? "withdrawn and erased" : "erased")} (status was {casus.Status}). "
        + $"Kept: status, year and themes ({(casus.Themes.Count > 0 ? string.Join(", ", casus.Themes) : "none")}); the audit trail without people or details.";

    private static string? Reference(string[] args)
    {
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--casus" && i + 1 < args.Length) return args[i + 1].Trim().ToUpper(CultureInfo.InvariantCulture);
            if (args[i].StartsWith("--casus=", StringComparison.Ordinal)) return args[i]["--casus=".Length..].Trim().ToUpper(CultureInfo.InvariantCulture);
        }
        return null;
    }

    [GeneratedRegex(@"^CS-\d{4}-\d{4,}$")]
    private static partial Regex ReferenceFormat();
}
