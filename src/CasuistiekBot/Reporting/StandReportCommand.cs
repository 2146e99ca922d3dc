using System.Globalization;
using CasuistiekBot.Calendar;
using CasuistiekBot.Commands;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Reporting;

/// <summary>
/// <c>report stand --year 2026 --format html|md|csv [--language nl|en]</c>: the Stand van de Uitvoering of that year on
/// standard output, over the whole register (the same database as the bot, migrated first).
/// </summary>
internal sealed class StandReportCommand(DatabaseMigrator migrator, StandReportBuilder builder, StandRenderer renderer, WorkingDayCalendar calendar, TimeProvider clock) : IAdminCommand
{
    public const string Usage = "Usage: CasuistiekBot report stand --year YYYY --format html|md|csv [--language nl|en]";

    public async Task<int> RunAsync(AdminCommandLine commandLine, CancellationToken cancellationToken)
    {
        var args = commandLine.Args;
        if (args is not ["report", "stand", ..]) return await FailAsync(commandLine, Usage);
        var (year, format, language) = (calendar.LocalYear(clock.GetUtcNow()), "html", "nl");
        for (var i = 2; i < args.Length; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], i + 1 < args.Length ? args[++i] : "");
            switch (name)
            {
                case "--year" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && StandRenderer.IsYear(y):
                    year = y;
                    break;
                case "--format" when StandRenderer.Formats.Contains(value.ToLowerInvariant()):
                    format = value.ToLowerInvariant();
                    break;
                case "--language" when value is "nl" or "en":
                    language = value;
                    break;
                default:
                    return await FailAsync(commandLine, $"Not understood: {name} {value}".TrimEnd() + Environment.NewLine + Usage);
            }
        }
        await migrator.MigrateAsync(cancellationToken);
        var report = await builder.BuildAsync(year, SignalScope.All, cancellationToken);
        await commandLine.Output.WriteAsync(renderer.Render(report, format, language));
        await commandLine.Output.FlushAsync(cancellationToken);
        return 0;
    }

    private static async Task<int> FailAsync(AdminCommandLine commandLine, string message)
    {
        await commandLine.Error.WriteLineAsync(message);
        return 2;
    }
}
