using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Resilience;

/// <summary>
/// Over ten thousand malformed and hostile activities against the real app process, next to people using it properly:
/// no 5xx, no crash, no change to any casus from a forged action, the honest users' chats unharmed, memory reported.
/// </summary>
[StartsProcesses("a cluster of built executables")]
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261125;
    private const int Hostile = 10_500;
    private const int HonestWalks = 16;

    [Fact]
    public async Task Ten_thousand_hostile_activities_get_no_5xx_crash_nothing_and_change_nothing_they_should_not()
    {
        await using var cluster = await ProcessCluster.CreateAsync(DatabaseProvider.Sqlite);
        // A hard heap limit: a leak ends in OutOfMemory (5xx or a dead process, both fail the test) instead of in a
        // resident size that merely looks large because the server GC had no reason to collect.
        var app = (await cluster.StartAsync(1, new Dictionary<string, string?>
        {
            ["Roles:Coordinators:0"] = "c0000000-0000-4000-8000-000000000001",
            ["DOTNET_GCHeapHardLimit"] = "0x10000000",
        }))[0];
        var submitted = new ProcessChat(cluster.Connector, "a:fuzz-victim-1", 1);
        await WalkAsync(submitted, app, IntakeTranscriptStory);
        var midway = new ProcessChat(cluster.Connector, "a:fuzz-victim-2", 2);
        foreach (var (answer, next) in IntakeWalk.Steps.Take(3)) Assert.Contains(next, await midway.SayAsync(app, answer));
        var before = Snapshot(await cluster.CasesAsync());
        var residentBefore = ResidentMegabytes(app);

        var statuses = new ConcurrentDictionary<string, int>();
        var corpus = new FuzzCorpus(Seed, cluster.Connector.ServiceUrl, [.. before.Keys]);
        var residentMidway = 0.0;
        var hostile = Task.Run(async () =>
        {
            var all = corpus.Generate(Hostile).ToList();
            await PostAllAsync(app, all.Take(Hostile / 2), statuses);
            residentMidway = ResidentMegabytes(app);
            await PostAllAsync(app, all.Skip(Hostile / 2), statuses);
        });
        var honest = Enumerable.Range(0, HonestWalks).Select(i => WalkAsync(
            new ProcessChat(cluster.Connector, $"a:honest-{i}", 10 + i), app, HostileTexts.All[i % HostileTexts.All.Length] + " " + IntakeTranscriptStory));
        await Task.WhenAll([hostile, .. honest]);
        var residentAfter = ResidentMegabytes(app);
        output.WriteLine($"seed {Seed}: {Hostile} hostile activities; statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}"))}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resident memory {residentBefore:F0} MiB before, {residentMidway:F0} MiB halfway, {residentAfter:F0} MiB after"));

        // 501 is the protocol's answer to an invoke the bot does not implement (unknown names and verbs); any other 5xx is a fault.
        Assert.DoesNotContain(statuses.Keys, key => key[(key.LastIndexOf('=') + 1)..] is ['5', _, _] and not "501");
        Assert.Equal(HttpStatusCode.OK, (await new HttpClient().GetAsync(new Uri(app.BaseAddress, "healthz"))).StatusCode);
        var after = await cluster.CasesAsync();
        Assert.Equal(before, Snapshot(after.Where(c => before.ContainsKey(c.Id))));
        Assert.Equal(1 + HonestWalks, after.Count);
        Assert.Contains(IntakeWalk.Steps[3].NextQuestion, await midway.SayAsync(app, IntakeWalk.Steps[3].Answer));
        // The heap grows to its working size in the first half; what matters is that it stops growing.
        Assert.True(residentAfter - residentMidway < 100, $"resident memory kept growing: {residentMidway:F0} MiB halfway, {residentAfter:F0} MiB after");
    }

    private static string IntakeTranscriptStory => Intake.IntakeTranscriptTests.Story;

    private static async Task WalkAsync(ProcessChat chat, AppProcess app, string story)
    {
        foreach (var (answer, next) in IntakeWalk.Steps)
        {
            Assert.Contains(next, await chat.SayAsync(app, answer == IntakeTranscriptStory ? story : answer));
        }
        var (status, replies) = await chat.SendAsync(app, chat.Click(IntakeWalk.SubmitVerb, IntakeWalk.SubmitData));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(IntakeWalk.Acknowledgement, ProcessChat.Describe(replies));
    }

    private async Task PostAllAsync(AppProcess app, IEnumerable<HostileActivity> activities, ConcurrentDictionary<string, int> statuses)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await Parallel.ForEachAsync(activities, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (activity, token) =>
        {
            using var content = new ByteArrayContent(activity.Body);
            if (activity.ContentType.Length > 0) content.Headers.ContentType = MediaTypeHeaderValue.Parse(activity.ContentType);
            using var response = await http.PostAsync("api/messages", content, token);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate($"{activity.Kind}={status.ToString(CultureInfo.InvariantCulture)}", 1, (_, n) => n + 1);
            if (status is >= 500 and not 501) output.WriteLine($"{status}: {System.Text.Encoding.UTF8.GetString(activity.Body, 0, Math.Min(600, activity.Body.Length))} -> {await response.Content.ReadAsStringAsync(token)}");
        });
    }

    private static Dictionary<Guid, (string Status, long Version, DateTimeOffset UpdatedAt, string Visibility)> Snapshot(IEnumerable<Casus> cases) =>
        cases.ToDictionary(c => c.Id, c => (c.Status, c.Version, c.UpdatedAt, c.Visibility));

    private static double ResidentMegabytes(AppProcess app)
    {
        var line = File.ReadLines($"/proc/{app.ProcessId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
