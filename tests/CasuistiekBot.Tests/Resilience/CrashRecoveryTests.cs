using System.Net;
using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Tests.Caching;

namespace CasuistiekBot.Tests.Resilience;

/// <summary>The real app killed with SIGKILL in the middle of an intake and started again on the same database.</summary>
[StartsProcesses("a cluster of built executables")]
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task An_app_killed_between_two_answers_lets_the_user_continue_where_they_were_after_its_restart()
    {
        await using var cluster = await ProcessCluster.CreateAsync(DatabaseProvider.Sqlite);
        var app = (await cluster.StartAsync(1))[0];
        var chat = new ProcessChat(cluster.Connector, "a:crash-between", 1);
        await AnswerAsync(chat, app, 0, 4);

        await app.KillAsync();
        await app.RestartAsync();

        await AnswerAsync(chat, app, 4, IntakeWalk.Steps.Length);
        await SubmitAsync(chat, app);
        var casus = Assert.Single(await cluster.CasesAsync());
        Assert.Equal(("Besproken met mijn teamleider.", CasusWish.Advice), (casus.Tried, casus.Wish));
    }

    [Fact]
    public async Task A_turn_cut_off_by_the_kill_is_redelivered_after_the_restart_and_counts_once()
    {
        await using var cluster = await ProcessCluster.CreateAsync(DatabaseProvider.Sqlite);
        var app = (await cluster.StartAsync(1))[0];
        var chat = new ProcessChat(cluster.Connector, "a:crash-inside", 2);
        await AnswerAsync(chat, app, 0, 3);

        // The connector holds the bot's reply to "1", so the kill lands inside that turn.
        var requestsBefore = cluster.Connector.Requests.Count;
        cluster.Connector.RespondNext(FakeResponse.Delayed(TimeSpan.FromMinutes(5)));
        var answer = chat.Message(IntakeWalk.Steps[3].Answer);
        var cutOff = chat.SendAsync(app, answer);
        await Eventually.TrueAsync(() => Task.FromResult(cluster.Connector.Requests.Count > requestsBefore), "the turn never replied");
        await app.KillAsync();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => cutOff);
        await app.RestartAsync();

        // The channel got no 200, so it delivers the same activity again.
        var (status, replies) = await chat.SendAsync(app, answer);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(IntakeWalk.Steps[3].NextQuestion, ProcessChat.Describe(replies));
        await AnswerAsync(chat, app, 4, IntakeWalk.Steps.Length);
        await SubmitAsync(chat, app);
        Assert.Equal(CasusWish.Advice, Assert.Single(await cluster.CasesAsync()).Wish);
    }

    private static async Task AnswerAsync(ProcessChat chat, AppProcess app, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var (answer, next) = IntakeWalk.Steps[i];
            Assert.Contains(next, await chat.SayAsync(app, answer));
        }
    }

    private static async Task SubmitAsync(ProcessChat chat, AppProcess app)
    {
        var (status, replies) = await chat.SendAsync(app, chat.Click(IntakeWalk.SubmitVerb, IntakeWalk.SubmitData));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(IntakeWalk.Acknowledgement, ProcessChat.Describe(replies));
    }
}
