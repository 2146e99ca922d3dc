using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Pipeline;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Cases;

/// <summary>The author adds to a submitted casus: scrubbed with the casus' own placeholders, shown to the coordinators, anonymity kept.</summary>
public sealed class AdditionTests
{
    // The casus story names "Mevrouw Jansen (BSN 111222333)": [NAAM-1] and [BSN-1]. Pietersen is new.
    private const string Addition = "Mevrouw Jansen belde gisteren opnieuw, BSN 111222333, en ook meneer Pietersen van de school maakt zich zorgen.";

    private const string FollowUp = "Ik wilde nog laten weten dat de operatie van het zoontje is verschoven naar volgende maand, dat maakt het nog lastiger.";

    [Fact]
    public async Task Aanvullen_with_one_open_casus_stores_the_addition_with_the_casus_placeholders_and_updates_the_channel_card()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await TriageKit.SubmitCasusAsync(app, "1");
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);

        var form = await app.SayAsync("aanvullen");
        Assert.Contains("Aanvullen: " + casus.Reference, form.Cards());
        Assert.Contains(casus.Id.ToString(), form.Cards());

        var (body, messages) = await app.ClickAsync("cases.add", new { casusId = casus.Id.ToString(), addition = Addition });

        Assert.Contains("Toegevoegd aan " + casus.Reference, body!.ToJsonString());
        Assert.Contains("[NAAM-1], [BSN-1], [NAAM-2]", messages.Texts());
        var stored = Assert.Single(await AdditionsAsync(app));
        Assert.Equal(casus.Id, stored.CasusId);
        Assert.Equal("[NAAM-1] belde gisteren opnieuw, BSN [BSN-1], en ook meneer [NAAM-2] van de school maakt zich zorgen.", stored.Text.Replace("Mevrouw [NAAM-1]", "[NAAM-1]"));
        var card = await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Aanvullingen van de inbrenger"));
        Assert.Contains("[NAAM-2] van de school", TriageKit.CardJson(card));
        Assert.DoesNotContain("Pietersen", TriageKit.CardJson(card));
    }

    [Fact]
    public async Task An_anonymous_casus_gets_its_addition_without_anything_that_leads_to_its_author()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await TriageKit.SubmitCasusAsync(app, "3");
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.Equal(CasusVisibility.Anonymous, casus.Visibility);
        var author = TestActivities.Message("x").From!;

        var (body, _) = await app.ClickAsync("cases.add", new { casusId = casus.Id.ToString(), addition = Addition });

        Assert.Contains("Toegevoegd aan", body!.ToJsonString());
        var stored = Assert.Single(await AdditionsAsync(app));
        // Kept to the day, like every time next to the author's chat.
        Assert.Equal(TimeSpan.Zero, stored.AddedOn.TimeOfDay);
        Assert.DoesNotContain(author.AadObjectId!, stored.Text);
        var card = TriageKit.CardJson(await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Aanvullingen van de inbrenger")));
        Assert.DoesNotContain(author.Name!, card);
        Assert.DoesNotContain(author.AadObjectId!, card);
        await using var db = await IntakeTranscriptTests.Db(app);
        var audit = await db.Set<AuditEntry>().AsNoTracking().SingleAsync(a => a.SubjectId == casus.Reference && a.Action == "aangevuld");
        Assert.Equal(Audit.AnonymousAuthor, audit.Actor);
        Assert.Null(audit.Details);
    }

    [Fact]
    public async Task The_casus_detail_offers_aanvullen_and_opens_the_form_for_that_casus()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await TriageKit.SubmitCasusAsync(app);
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);

        var (detail, _) = await app.ClickAsync("cases.open", new { casusId = casus.Id.ToString() });
        Assert.Contains("cases.addition", detail!.ToJsonString());
        var (form, _) = await app.ClickAsync("cases.addition", new { casusId = casus.Id.ToString() });

        Assert.Contains("cases.add\"", form!.ToJsonString());
        Assert.Contains("Aanvullen: " + casus.Reference, form.ToJsonString());
    }

    [Fact]
    public async Task A_long_message_from_someone_with_an_open_casus_asks_whether_it_adds_to_it_and_aanvulling_adds_it()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await TriageKit.SubmitCasusAsync(app);
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);

        var asked = await app.SayAsync(FollowUp);

        var question = Assert.Single(asked);
        Assert.Equal($"Is dit een aanvulling op {casus.Reference} of een nieuwe casus?", question.Text);
        Assert.Equal(["Aanvulling", "Nieuwe casus"], question.SuggestedActions!.Actions.Select(a => a.Value));
        Assert.DoesNotContain("Ik neem het op als begin van een casus", asked.Texts());

        var added = await app.SayAsync("Aanvulling");

        Assert.Contains("je aanvulling staat bij " + casus.Reference, added.Texts());
        Assert.Equal(FollowUp, Assert.Single(await AdditionsAsync(app)).Text);
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await db.Set<Casus>().CountAsync());
    }

    [Fact]
    public async Task Nieuwe_casus_as_the_answer_starts_the_intake_with_the_waiting_message_as_its_story()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await TriageKit.SubmitCasusAsync(app);

        await app.SayAsync(FollowUp);
        var started = await app.SayAsync("Nieuwe casus");

        Assert.Contains("Ik neem het op als begin van een casus", started.Texts());
        Assert.Empty(await AdditionsAsync(app));
    }

    [Fact]
    public async Task Another_answer_lets_the_question_go_and_is_handled_as_usual()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await TriageKit.SubmitCasusAsync(app);

        await app.SayAsync(FollowUp);
        await app.SayAsync("mijn casussen");
        var later = await app.SayAsync("Aanvulling");

        Assert.Empty(await AdditionsAsync(app));
        Assert.Contains("cases.add", later.Cards());
    }

    [Fact]
    public async Task Without_an_open_casus_aanvullen_says_so_and_a_long_message_starts_an_intake()
    {
        await using var app = await TriageKit.StartAsync();

        Assert.Contains("Je hebt geen open casus om aan te vullen", (await app.SayAsync("aanvullen")).Texts());
        Assert.Contains("You have no open case to add to", (await app.SayAsync("add to my case", locale: "en-GB")).Texts());
        Assert.Contains("Ik neem het op als begin van een casus", (await app.SayAsync(FollowUp)).Texts());
    }

    [Fact]
    public async Task Erasing_a_casus_erases_its_additions()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await TriageKit.SubmitCasusAsync(app);
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);
        await app.ClickAsync("cases.add", new { casusId = casus.Id.ToString(), addition = Addition });
        Assert.Single(await AdditionsAsync(app));

        var result = await app.Services.GetRequiredService<CaseErasure>().EraseAsync(casus.Id, Audit.Author, "op verzoek", CancellationToken.None);

        Assert.Equal(CaseErasure.Outcome.Erased, result.Outcome);
        Assert.Empty(await AdditionsAsync(app));
        Assert.Null((await IntakeTranscriptTests.SingleCasusAsync(app)).ScrubMemory);
        var (body, _) = await app.ClickAsync("cases.add", new { casusId = casus.Id.ToString(), addition = Addition });
        Assert.DoesNotContain("Toegevoegd", body!.ToJsonString());
        Assert.Empty(await AdditionsAsync(app));
    }

    private static async Task<List<CasusAddition>> AdditionsAsync(BotApp app)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        return await db.Set<CasusAddition>().AsNoTracking().ToListAsync();
    }
}
