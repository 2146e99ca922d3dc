using System.Diagnostics;
using CasuistiekBot.Cases;
using CasuistiekBot.Localization;
using CasuistiekBot.Retention;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Playground;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CasuistiekBot.Tests.Retention;

/// <summary><c>retention run [--dry-run]</c> and <c>erase --casus</c>: what they print, and that a dry run changes nothing.</summary>
public sealed class AdminCommandTests
{
    [Fact]
    public async Task A_dry_run_prints_what_would_go_and_changes_nothing_and_a_real_run_prints_what_went()
    {
        var clock = new FakeTimeProvider(RetentionKit.Today);
        await using var app = await RetentionKit.StartAsync(clock);
        var old = await RetentionKit.SeedClosedAsync(app, 1, RetentionKit.Today.AddMonths(-26), "kievit", CasusStatus.Referred);
        var recent = await RetentionKit.SeedClosedAsync(app, 2, RetentionKit.Today.AddMonths(-3), "tureluur");
        var before = (await RetentionKit.DumpAsync(app)).Rows.Select(r => r.ToString()).ToList();

        var (dryExit, dry) = await RunAsync(Retention(app), "retention", "run", "--dry-run");

        Assert.Equal(0, dryExit);
        Assert.Equal(before, (await RetentionKit.DumpAsync(app)).Rows.Select(r => r.ToString()).ToList());
        Assert.StartsWith("Dry run: 1 case(s) closed before 2026-03-15 would lose their texts; nothing was changed.", dry);
        Assert.Contains($"  {old.Reference}  doorverwezen  closed 2026-01-15", dry);
        Assert.DoesNotContain(recent.Reference, dry);
        Assert.Contains("  outcome doorverwezen: 1", dry);
        Assert.Contains("  theme asiel: 1", dry);

        var (exit, run) = await RunAsync(Retention(app), "retention", "run");

        Assert.Equal(0, exit);
        Assert.StartsWith("1 of 1 case(s) closed before 2026-03-15 lost their texts.", run);
        Assert.Contains(old.Reference, run);
        Assert.True((await RetentionKit.CasusAsync(app, old.Id)).IsErased);
        Assert.False((await RetentionKit.CasusAsync(app, recent.Id)).IsErased);
        Assert.StartsWith("0 of 0 case(s)", (await RunAsync(Retention(app), "retention", "run")).Output);
    }

    [Fact]
    public async Task Erase_erases_one_casus_whatever_its_age_and_says_what_it_did()
    {
        var clock = new FakeTimeProvider(RetentionKit.Today);
        await using var app = await RetentionKit.StartAsync(clock);
        var casus = await RetentionKit.SeedClosedAsync(app, 5, RetentionKit.Today.AddDays(-2), "wulp");

        var (exit, output) = await RunAsync(Erase(app), "erase", "--casus", casus.Reference.ToLowerInvariant());
        var (againExit, again) = await RunAsync(Erase(app), "erase", "--casus", casus.Reference);
        var (missingExit, _) = await RunAsync(Erase(app), "erase", "--casus", "CS-2028-0999");
        var (badExit, _) = await RunAsync(Erase(app), "erase", "--casus", "CS-2028-0005' OR 1=1");

        Assert.Equal((0, 0, 1, 2), (exit, againExit, missingExit, badExit));
        Assert.Equal($"{casus.Reference}: erased (status was afgerond). Kept: status, year and themes (asiel, medisch); the audit trail without people or details.", output.Trim());
        Assert.Equal($"{casus.Reference}: already erased; nothing changed.", again.Trim());
        Assert.DoesNotContain((await RetentionKit.DumpAsync(app)).Rows, r => r.Holds("wulp"));
    }

    [StartsProcesses("the built executable")]
    [Fact]
    public async Task The_commands_run_on_the_built_executable_against_its_own_database()
    {
        var work = Directory.CreateTempSubdirectory("casuistiek-retention-").FullName;

        var (dryExit, dry, _) = await RunProcessAsync(work, "retention", "run", "--dry-run");
        var (eraseExit, _, missing) = await RunProcessAsync(work, "erase", "--casus", "CS-2026-0001");
        var (usageExit, _, usage) = await RunProcessAsync(work, "retention", "run", "--now");

        Assert.Equal((0, 1, 2), (dryExit, eraseExit, usageExit));
        Assert.StartsWith("Dry run: 0 case(s) closed before", dry);
        Assert.Contains("No casus CS-2026-0001.", missing);
        Assert.Contains("retention run [--dry-run]", usage);
    }

    private static RetentionCommand Retention(BotApp app) =>
        new(app.Services.GetRequiredService<DatabaseMigrator>(), app.Services.GetRequiredService<RetentionSweep>());

    private static EraseCommand Erase(BotApp app) => new(app.Services.GetRequiredService<DatabaseMigrator>(),
        app.Services.GetRequiredService<ErasableCases>(), app.Services.GetRequiredService<CaseErasure>(), app.Services.GetRequiredService<Texts>());

    private static async Task<(int Exit, string Output)> RunAsync(RetentionCommand command, params string[] args)
    {
        var output = new StringWriter();
        return (await command.RunAsync(args, output, output, CancellationToken.None), output.ToString());
    }

    private static async Task<(int Exit, string Output)> RunAsync(EraseCommand command, params string[] args)
    {
        var output = new StringWriter();
        return (await command.RunAsync(args, output, output, CancellationToken.None), output.ToString());
    }

    private static async Task<(int Exit, string Output, string Error)> RunProcessAsync(string work, params string[] args)
    {
        var info = new ProcessStartInfo(PlaygroundPaths.DotnetHost) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = work };
        info.ArgumentList.Add(PlaygroundPaths.AppAssembly());
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
