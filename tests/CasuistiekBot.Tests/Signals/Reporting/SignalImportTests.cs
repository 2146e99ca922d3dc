using CasuistiekBot.Signals;
using CasuistiekBot.Signals.Intake;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Signals.Reporting;

/// <summary><c>signals import &lt;csv&gt;</c>: all lines or none, every problem with its line number.</summary>
public sealed class SignalImportTests
{
    private static readonly int Year = DateTime.UtcNow.Year;

    private const string Header = "reference;title;description;category;source;source_description;owner;due_date;status;resolution;resolution_text";

    [Fact]
    public async Task A_good_file_is_imported_with_its_sources_and_a_kept_reference_is_never_handed_out_again()
    {
        await using var app = await SignalKit.StartAsync();
        var file = Write(app,
            Header,
            $"SG-{Year}-0007;Leges te hoog voor gezinsmigratie;Brief van Vluchtelingenwerk, mevrouw De Boer belde erover;hardheid-wet-regelgeving;brancheorganisatie;VluchtelingenWerk Nederland;marieke.visser@jenv.example;{Year + 1}-03-01;in-behandeling;;",
            $";Rapport over termijnen;Inspectierapport 2025;knelpunt-uitvoering;inspectie;Inspectie JenV;{SignalKit.Colleague};{Year + 1}-02-01;nieuw;;",
            $";Kamervragen over wachttijden;;werkproces;politiek;;marieke.visser@jenv.example;{Year - 1}-06-01;afgerond;opgelost-uitvoeringsregels;De wachttijd is teruggebracht.");

        var (code, output, error) = await RunAsync(app, file);

        Assert.Equal(0, code);
        Assert.Contains("3 signal(s) imported", output);
        Assert.Equal("", error);
        await using var db = await IntakeTranscriptTests.Db(app);
        var signals = await db.Set<Signal>().AsNoTracking().OrderBy(s => s.Number).ToListAsync();
        Assert.Equal([$"SG-{Year}-0007", $"SG-{Year}-0008", $"SG-{Year}-0009"], signals.Select(s => s.Reference));
        Assert.Equal([SignalSource.Branch, SignalSource.Inspection, SignalSource.Politics], signals.Select(s => s.Source));
        Assert.True(signals[0].IsOwnedBy(SignalKit.Owner));
        Assert.True(signals[1].IsOwnedBy(SignalKit.Colleague));
        Assert.Equal(SignalStatus.Closed, signals[2].Status);
        Assert.DoesNotContain("De Boer", signals[0].Description);
        var next = await SignalKit.RegisterAsync(app);
        Assert.Equal($"SG-{Year}-0010", next.Reference);
        var export = await app.Services.GetRequiredService<SignalExport>().RowsAsync(CancellationToken.None);
        Assert.Equal("brancheorganisatie", export.Single(r => r.Reference == $"SG-{Year}-0007").Source);
        Assert.Equal("VluchtelingenWerk Nederland", export.Single(r => r.Reference == $"SG-{Year}-0007").SourceDescription);
    }

    [Fact]
    public async Task A_file_with_two_bad_lines_names_both_lines_and_stores_nothing()
    {
        await using var app = await SignalKit.StartAsync();
        var file = Write(app,
            Header,
            $";Goede regel;;werkproces;burger;;marieke.visser@jenv.example;{Year + 1}-01-15;nieuw;;",
            $";Onbekende bron;;werkproces;krant;;marieke.visser@jenv.example;{Year + 1}-01-15;nieuw;;",
            $";Nog een goede;;ict;medewerker;;{SignalKit.Owner};{Year + 1}-01-15;opgepakt;;",
            $";Eigenaar buiten het MT;;ict;anders;;olaf.buiten@jenv.example;15-01-{Year + 1};nieuw;;");

        var (code, _, error) = await RunAsync(app, file);

        Assert.Equal(3, code);
        Assert.Contains($"{file}:3: source must be one of", error);
        Assert.Contains($"{file}:5: owner is not an MT member or DG", error);
        Assert.Contains($"{file}:5: due_date is not a date", error);
        Assert.DoesNotContain($"{file}:2:", error);
        Assert.DoesNotContain($"{file}:4:", error);
        Assert.Contains("nothing was imported", error);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.False(await db.Set<Signal>().AnyAsync());
        Assert.Equal($"SG-{Year}-0001", (await SignalKit.RegisterAsync(app)).Reference);
    }

    [Fact]
    public async Task A_reference_already_in_the_register_is_refused()
    {
        await using var app = await SignalKit.StartAsync();
        var existing = await SignalKit.RegisterAsync(app);
        var file = Write(app, Header, $"{existing.Reference};Dubbel;;ict;medewerker;;{SignalKit.Owner};{Year + 1}-01-15;nieuw;;");

        var (code, _, error) = await RunAsync(app, file);

        Assert.Equal(3, code);
        Assert.Contains($"{file}:2: reference {existing.Reference} is already in the register", error);
    }

    private static string Write(BotApp app, params string[] lines)
    {
        var path = Path.Combine(app.DataDirectory, "signalen.csv");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(BotApp app, string file)
    {
        using var scope = app.Services.CreateScope();
        var command = scope.ServiceProvider.GetRequiredService<SignalImportCommand>();
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await command.RunAsync(["signals", "import", file], output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
