using System.Net;
using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Postgres;
using CasuistiekBot.Tests.Caching;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Resilience;

public sealed class PostgresRestartTests
{
    private const int Users = 10;

    [RequiresServiceFact(PostgresTestDatabase.EnvironmentVariable)]
    public async Task PostgreSQL_restarted_under_load_fails_the_turns_in_flight_with_503_and_every_intake_ends_with_one_whole_casus()
    {
        await using var server = await PrivatePostgresServer.StartAsync();
        await using var cluster = await ProcessCluster.OnPostgresAsync(server.ConnectionString);
        var app = (await cluster.StartAsync(1))[0];
        var channel = new ChannelRedelivery();
        var chats = Enumerable.Range(1, Users).Select(user => new ProcessChat(cluster.Connector, $"a:pg-restart-{user}", user)).ToList();
        var turnsDone = 0;

        var walks = chats.Select(chat => Task.Run(async () =>
        {
            foreach (var (answer, next) in IntakeWalk.Steps)
            {
                Assert.Contains(next, ProcessChat.Describe(await channel.DeliverAsync(chat, app, chat.Message(answer))));
                Interlocked.Increment(ref turnsDone);
                // People pause between answers; it also keeps most of the load after the restart starts, on any machine.
                await Task.Delay(TimeSpan.FromMilliseconds(150));
            }
            var acknowledged = await channel.DeliverAsync(chat, app, chat.Click(IntakeWalk.SubmitVerb, IntakeWalk.SubmitData));
            Assert.Contains(IntakeWalk.Acknowledgement, ProcessChat.Describe(acknowledged));
        })).ToList();
        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref turnsDone) >= Users * 2), "the load did not get going", TimeSpan.FromSeconds(60));
        await server.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await server.StartAgainAsync();
        await Task.WhenAll(walks);

        Assert.Empty(channel.Problems);
        Assert.Contains(HttpStatusCode.ServiceUnavailable, channel.Statuses);
        var cases = await cluster.CasesAsync();
        Assert.Equal(Users, cases.Count);
        Assert.Equal(Enumerable.Range(1, Users), cases.Select(c => c.Number));
        Assert.All(cases, c => Assert.Equal("IND, directie Asiel en Bescherming", c.OrgUnit));
        await using var db = await cluster.DbAsync();
        var submittedAudits = await db.AuditEntries.CountAsync(a => a.Action == "ingediend");
        Assert.Equal(Users, submittedAudits);
    }
}
