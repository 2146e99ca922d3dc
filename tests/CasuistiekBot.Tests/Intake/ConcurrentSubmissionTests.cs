using CasuistiekBot.Cases;
using CasuistiekBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Intake;

public sealed class ConcurrentSubmissionTests
{
    [Fact]
    public async Task Casus_submitted_at_the_same_time_get_unique_sequential_references()
    {
        await using var app = await BotApp.StartAsync();
        const int authors = 8;
        var conversations = Enumerable.Range(1, authors).Select(i => $"a:personal-{i}").ToList();
        await Task.WhenAll(conversations.Select(async conversation =>
        {
            await app.SayAsync("nieuwe casus", conversationId: conversation);
            await app.SayAsync(IntakeTranscriptTests.Story, conversationId: conversation);
            await app.SayAsync("Niets.", conversationId: conversation);
            await app.SayAsync("2", conversationId: conversation);
            await app.SayAsync("geen", conversationId: conversation);
            await app.SayAsync("IND", conversationId: conversation);
            await app.SayAsync("1", conversationId: conversation);
        }));

        await Task.WhenAll(conversations.Select(conversation =>
            app.PostAsync(app.Execute("intake.submit", new { confirm = "submit" }) with
            {
                Conversation = new() { Id = conversation, ConversationType = "personal" },
            })));

        await using var db = await IntakeTranscriptTests.Db(app);
        var numbers = await db.Set<Casus>().Select(c => c.Number).OrderBy(n => n).ToListAsync();
        Assert.Equal(Enumerable.Range(1, authors), numbers);
        Assert.Equal(authors, await db.Set<Casus>().Select(c => c.Reference).Distinct().CountAsync());
    }
}
