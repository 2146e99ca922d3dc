using CasuistiekBot.Cases;
using CasuistiekBot.Delivery;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Retention;

/// <summary>"Verwijder mijn casus" in the author's own chat: pick, read what it means, confirm; only ever one's own casus.</summary>
public sealed class ChatErasureTests
{
    // Words of IntakeTranscriptTests.Story that survive scrubbing.
    private const string StoryWords = "zware operatie";
    private const string NotOwn = "bestaat niet of is niet door jou ingebracht";

    [Theory]
    [InlineData("1")]   // named
    [InlineData("3")]   // anonymous: found by the lookup value
    public async Task The_author_confirms_and_the_open_casus_is_withdrawn_its_text_erased_and_the_coordinators_card_updated(string visibility)
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await TriageKit.SubmitCasusAsync(app, visibility);
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);

        var list = await app.SayAsync("verwijder mijn casus");
        Assert.Contains(casus.Reference, TriageKit.CardJson(Assert.Single(list)));
        var (confirm, _) = await app.ClickAsync("erase.pick", new { casusId = casus.Id.ToString() });
        var card = confirm!.ToJsonString();
        Assert.Contains("ik trek hem eerst in", card);
        Assert.Contains("kan niet ongedaan worden gemaakt", card);
        Assert.Contains("erase.confirm", card);
        Assert.Contains(StoryWords, (await IntakeTranscriptTests.SingleCasusAsync(app)).Story);   // nothing happened yet

        var (done, said) = await app.ClickAsync("erase.confirm", new { casusId = casus.Id.ToString() });
        Assert.Contains($"{casus.Reference} is ingetrokken en de tekst is gewist.", said.Select(m => m.Text));
        Assert.Contains("is ingetrokken en de tekst is gewist", done!.ToJsonString());
        await app.DeliverAllAsync();

        var erased = await IntakeTranscriptTests.SingleCasusAsync(app);
        Assert.Equal((CasusStatus.Withdrawn, Casus.ErasedText, null, null), (erased.Status, erased.Story, erased.AuthorRoute, erased.AuthorKey ?? erased.AuthorAadObjectId));
        Assert.Contains(TriageKit.SentTo(app, TriageKit.Channel), a => a.Text?.StartsWith($"Casus {casus.Reference} is ingetrokken door de inbrenger. Reden: De inbrenger heeft de casus laten verwijderen") == true);
        var triageCard = await LastShownAsync(app, $"triage:{casus.Id:N}");
        Assert.Contains("Ingetrokken", triageCard);
        Assert.Contains(Casus.ErasedText, triageCard);
        Assert.DoesNotContain(StoryWords, triageCard);
        Assert.DoesNotContain((await RetentionKit.DumpAsync(app)).Rows, r => r.Holds(StoryWords));
        Assert.DoesNotContain(casus.Reference, TriageKit.CardJson(Assert.Single(await app.SayAsync("mijn casussen"))));
    }

    [Fact]
    public async Task Someone_elses_casus_and_a_tampered_id_are_refused_and_left_as_they_were()
    {
        await using var app = await TriageKit.StartAsync();
        var clock = TimeProvider.System;
        var other = await RetentionKit.SeedClosedAsync(app, 7, clock.GetUtcNow().AddDays(-3), "roerdomp");

        foreach (var id in new[] { other.Id.ToString(), Guid.NewGuid().ToString(), "../" + other.Id, "" })
        {
            var (pick, _) = await app.ClickAsync("erase.pick", new { casusId = id });
            var (confirm, said) = await app.ClickAsync("erase.confirm", new { casusId = id });
            Assert.Contains(NotOwn, pick!.ToJsonString());
            Assert.Contains(NotOwn, confirm!.ToJsonString());
            Assert.Empty(said);
        }

        var untouched = await RetentionKit.CasusAsync(app, other.Id);
        Assert.Equal((RetentionKit.Story("roerdomp"), CasusStatus.Closed, false), (untouched.Story, untouched.Status, untouched.IsErased));
        Assert.DoesNotContain(other.Reference, TriageKit.CardJson(Assert.Single(await app.SayAsync("verwijder mijn casus"))));
    }

    /// <summary>What the card posted under <paramref name="replacesKey"/> shows now: the body of the last update to it.</summary>
    private static async Task<string> LastShownAsync(BotApp app, string replacesKey)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        var ids = (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.ReplacesKey == replacesKey && m.SentActivityId != null)
            .Select(m => m.SentActivityId!).ToListAsync()).ToHashSet();
        return TriageKit.CardJson(app.Connector.Requests.Last(r => r.Method == "PUT" && r.ActivityId is not null && ids.Contains(r.ActivityId)).Activity!);
    }
}
