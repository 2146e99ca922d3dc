using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Intake;

public sealed class SafetyAndAnonymityTests
{
    private const string UnsafeStory =
        "Mijn leidinggevende intimideert mij al maanden tijdens het teamoverleg en maakt discriminerende opmerkingen over mijn afkomst. " +
        "Ik durf er niemand over te vertellen.";

    [Fact]
    public async Task A_story_about_social_unsafety_gets_the_confidential_route_at_once()
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync("nieuwe casus");

        var reply = await app.SayAsync(UnsafeStory);

        Assert.Contains("sociale onveiligheid", reply.Cards());
        Assert.Contains("intake.safety", reply.Cards());
        Assert.Contains("ertrouwenspersoon", reply.Cards());
    }

    [Fact]
    public async Task Choosing_the_confidential_route_stores_nothing()
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync("nieuwe casus");
        await app.SayAsync(UnsafeStory);

        var (_, messages) = await app.ClickAsync("intake.safety", new { safety = "stop" });

        Assert.Contains("niets opgeslagen", messages.Texts());
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(0, await db.Set<Casus>().CountAsync());
    }

    [Fact]
    public async Task Choosing_to_continue_goes_on_with_the_intake()
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync("nieuwe casus");
        await app.SayAsync(UnsafeStory);

        var (_, messages) = await app.ClickAsync("intake.safety", new { safety = "continue" });

        Assert.NotEmpty(messages.Texts());
        Assert.DoesNotContain("niets opgeslagen", messages.Texts());
    }

    [Fact]
    public async Task An_anonymous_casus_stores_no_name_or_id_and_its_author_appears_in_no_log_line()
    {
        await using var app = await BotApp.StartAsync();
        await IntakeTranscriptTests.RaiseToSummaryAsync(app, visibility: "3");
        var (_, ack) = await app.ClickAsync("intake.submit", new { confirm = "submit" });
        Assert.Contains("anoniem", ack.Texts());

        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.Equal(CasusVisibility.Anonymous, casus.Visibility);
        Assert.Null(casus.AuthorName);
        Assert.Null(casus.AuthorAadObjectId);
        var author = app.Message("x").From!;
        await using var db = await IntakeTranscriptTests.Db(app);
        var audit = await db.Set<CasuistiekBot.Storage.AuditEntry>().Where(a => a.SubjectId == casus.Reference).ToListAsync();
        Assert.All(audit, a => Assert.DoesNotContain(author.AadObjectId!, a.Actor + a.Details));
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(author.AadObjectId!) || line.Contains(author.Name!));
    }

    [Fact]
    public async Task The_anonymous_author_still_finds_the_casus_under_my_cases()
    {
        await using var app = await BotApp.StartAsync();
        await IntakeTranscriptTests.RaiseToSummaryAsync(app, visibility: "3");
        await app.ClickAsync("intake.submit", new { confirm = "submit" });

        var list = await app.SayAsync("mijn casussen");

        Assert.Contains($"CS-{DateTime.UtcNow.Year}-0001", list.Cards());
    }
}
