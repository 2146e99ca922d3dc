using CasuistiekBot.Cases;
using CasuistiekBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Intake;

public sealed class MyCasesTests
{
    [Fact]
    public async Task Authors_see_their_cases_open_one_and_withdraw_it_with_a_reason()
    {
        await using var app = await BotApp.StartAsync();
        await IntakeTranscriptTests.RaiseToSummaryAsync(app);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);

        var list = await app.SayAsync("mijn casussen");
        Assert.Contains(casus.Reference, list.Cards());
        Assert.Contains("Ingediend", list.Cards());

        var (detail, _) = await app.ClickAsync("cases.open", new { casusId = casus.Id.ToString() });
        Assert.Contains("Ingediend", detail!.ToJsonString());
        Assert.Contains("cases.withdraw", detail.ToJsonString());

        var (missingReason, _) = await app.ClickAsync("cases.withdraw", new { casusId = casus.Id.ToString() });
        Assert.Contains("reden", missingReason!.ToJsonString());

        var (withdrawn, messages) = await app.ClickAsync("cases.withdraw", new { casusId = casus.Id.ToString(), reason = "Inmiddels opgelost met mijn teamleider." });
        Assert.Contains("ingetrokken", messages.Texts());
        Assert.Contains("Ingetrokken", withdrawn!.ToJsonString());
        await using var db = await IntakeTranscriptTests.Db(app);
        var stored = await db.Set<Casus>().SingleAsync();
        Assert.Equal(CasusStatus.Withdrawn, stored.Status);
        Assert.Equal("Inmiddels opgelost met mijn teamleider.", stored.WithdrawnReason);
    }

    [Fact]
    public async Task Nobody_else_can_open_or_withdraw_a_casus_through_my_cases()
    {
        await using var app = await BotApp.StartAsync();
        await IntakeTranscriptTests.RaiseToSummaryAsync(app);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);

        var other = app.Execute("cases.withdraw", new { casusId = casus.Id.ToString(), reason = "weg ermee" });
        other = other with { From = other.From! with { Id = "29:someone-else", AadObjectId = "00000000-0000-4000-8000-000000000999" } };
        var response = await app.PostAsync(other);
        var listReply = await app.ReplyAsync(app.Message("mijn casussen") with { From = other.From, Id = Guid.NewGuid().ToString() });

        Assert.Contains("niet door jou ingebracht", await response.Content.ReadAsStringAsync());
        Assert.Equal(CasusStatus.Submitted, (await IntakeTranscriptTests.SingleCasusAsync(app)).Status);
        Assert.DoesNotContain(casus.Reference, listReply.Attachments![0].Content!.Value.GetRawText());
    }

    [Fact]
    public async Task A_forged_casus_id_is_refused_without_saying_whether_it_exists()
    {
        await using var app = await BotApp.StartAsync();

        var (body, _) = await app.ClickAsync("cases.open", new { casusId = "not-a-guid" });

        Assert.Contains("niet door jou ingebracht", body!.ToJsonString());
    }
}
