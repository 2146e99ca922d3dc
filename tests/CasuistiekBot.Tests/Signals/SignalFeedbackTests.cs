using CasuistiekBot.Cases;
using CasuistiekBot.Localization;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Signals;

public sealed class SignalFeedbackTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public async Task Closing_a_signal_tells_the_author_in_plain_language_what_was_done_also_when_the_casus_is_anonymous(string visibility)
    {
        await using var app = await SignalKit.StartAsync();
        var casus = await SignalKit.RaiseCasusAsync(app, visibility);
        var signal = await SignalKit.RegisterAsync(app, casus.Id);

        var closed = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.close", signal, new
        {
            resolution = "opgelost-uitvoeringsregels",
            resolutionText = "De werkinstructie is aangepast: bij een ziekenhuisopname mag de termijn nu worden verlengd.",
        });

        Assert.Contains("Afgerond", SignalKit.Card(closed));
        Assert.DoesNotContain("signal.close", SignalKit.Card(closed));
        var feedback = await SignalKit.WaitForAsync(app, SignalKit.AuthorChat, a => a.Text?.Contains(signal.Reference) == true);
        Assert.Contains(casus.Reference, feedback.Text);
        Assert.Contains("opgelost in de uitvoeringsregels", feedback.Text);
        Assert.Contains("de termijn nu worden verlengd", feedback.Text);
        if (visibility == "3")
        {
            Assert.Null(casus.AuthorAadObjectId);
            await using var db = await IntakeTranscriptTests.Db(app);
            Assert.DoesNotContain(await db.Set<AuditEntry>().Where(a => a.SubjectId == signal.Reference).ToListAsync(),
                a => a.Actor.Contains("000000000101") || (a.Details ?? "").Contains("Test Gebruiker"));
        }
    }

    [Fact]
    public async Task Closing_as_not_adopted_gives_the_author_the_motivation()
    {
        await using var app = await SignalKit.StartAsync();
        var casus = await SignalKit.RaiseCasusAsync(app, "2");
        var signal = await SignalKit.RegisterAsync(app, casus.Id);

        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.close", signal, new
        {
            resolution = "niet-overgenomen", resolutionText = "We passen de regel niet aan.", motivation = "De wet laat hier geen ruimte voor.",
        });

        var feedback = await SignalKit.WaitForAsync(app, SignalKit.AuthorChat, a => a.Text?.Contains(signal.Reference) == true);
        Assert.Contains("niet overgenomen", feedback.Text);
        Assert.Contains("Waarom: De wet laat hier geen ruimte voor.", feedback.Text);
    }

    [Fact]
    public async Task A_transfer_waits_for_the_new_owner_who_gets_the_card_and_the_author_hears_who_took_it_over()
    {
        await using var app = await SignalKit.StartAsync();
        var casus = await SignalKit.RaiseCasusAsync(app, "1");
        var signal = await SignalKit.RegisterAsync(app, casus.Id);

        var offered = await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.transfer", signal, new { person = SignalKit.Colleague });
        Assert.Contains("Aangeboden aan Sanne de Vries", SignalKit.Card(offered));
        var offer = await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Colleague), a => TriageKit.CardJson(a).Contains("signal.accept"));
        Assert.Contains("Marieke Visser wil dit signaal aan jou overdragen", TriageKit.CardJson(offer));
        var whileOffered = await SignalKit.ReloadAsync(app, signal.Id);
        Assert.True(whileOffered.IsOwnedBy(SignalKit.Owner));

        var accepted = await SignalKit.ClickAsync(app, SignalKit.Colleague, "signal.accept", whileOffered);

        Assert.Contains("signal.close", SignalKit.Card(accepted));
        Assert.True((await SignalKit.ReloadAsync(app, signal.Id)).IsOwnedBy(SignalKit.Colleague));
        var told = await SignalKit.WaitForAsync(app, SignalKit.AuthorChat, a => a.Text?.Contains("overgedragen") == true);
        Assert.Contains("Sanne de Vries", told.Text);
        // Earlier cards in the former owner's chat name Sanne too (in the transfer picker, in the offer); wait for the one
        // whose owner fact is hers.
        var oldOwnerCard = await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Owner),
            a => TriageKit.CardJson(a).Contains("\"title\":\"Eigenaar\",\"value\":\"Sanne de Vries (MT Asiel)\""));
        Assert.DoesNotContain("signal.close", TriageKit.CardJson(oldOwnerCard));
    }

    [Fact]
    public async Task A_declined_transfer_stays_with_the_owner_who_is_told()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);
        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.transfer", signal, new { person = SignalKit.Colleague });
        var offered = await SignalKit.ReloadAsync(app, signal.Id);

        var byOutsider = await SignalKit.ClickAsync(app, SignalKit.Outsider, "signal.accept", offered);
        await SignalKit.ClickAsync(app, SignalKit.Colleague, "signal.decline", offered);

        Assert.Equal("Dit signaal is niet voor jou zichtbaar.", SignalKit.Text(byOutsider));
        var after = await SignalKit.ReloadAsync(app, signal.Id);
        Assert.True(after.IsOwnedBy(SignalKit.Owner));
        Assert.Equal(SignalStatus.PickedUp, after.Status);
        await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Owner), a => a.Text?.Contains("niet over") == true);
    }

    [Fact]
    public async Task Moving_the_due_date_tells_the_author_the_new_date()
    {
        await using var app = await SignalKit.StartAsync();
        var casus = await SignalKit.RaiseCasusAsync(app, "1");
        var signal = await SignalKit.RegisterAsync(app, casus.Id);
        var newDue = signal.DueDate.AddDays(30);

        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.update", signal, new { note = "Wacht op advies van Juridische Zaken.", newDue = newDue.ToString("yyyy-MM-dd") });

        Assert.Equal(newDue, (await SignalKit.ReloadAsync(app, signal.Id)).DueDate);
        var told = await SignalKit.WaitForAsync(app, SignalKit.AuthorChat, a => a.Text?.Contains("verschoven") == true);
        Assert.Contains(Texts.Day(newDue, "nl"), told.Text);
    }

    [Fact]
    public async Task A_coordinator_registers_a_signal_from_a_card_and_its_text_is_scrubbed()
    {
        await using var app = await SignalKit.StartAsync();
        var casus = await SignalKit.RaiseCasusAsync(app, "1");

        var form = await app.PostAsync(app.Message("nieuw signaal", SignalKit.ChatOf(TriageKit.Coordinator1)) with
        {
            From = new Framework.Schema.ChannelAccount { Id = "29:" + TriageKit.Coordinator1, AadObjectId = TriageKit.Coordinator1, Name = "Coördinator" },
        });
        form.EnsureSuccessStatusCode();
        var formCard = await SignalKit.WaitForAsync(app, SignalKit.ChatOf(TriageKit.Coordinator1), a => TriageKit.CardJson(a).Contains("signal.register"));
        Assert.Contains("Marieke Visser", TriageKit.CardJson(formCard));

        var due = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd");
        var registered = await app.PostAsync(app.ClickAs("signal.register", new
        {
            verb = "signal.register", title = "Leges bij schrijnende situaties", description = "Mevrouw Jansen met BSN 123456782 kon de leges niet betalen.",
            category = "hardheid-wet-regelgeving", owner = SignalKit.Owner, due, casus = casus.Reference,
        }, TriageKit.Coordinator1, "Coördinator"));
        registered.EnsureSuccessStatusCode();

        await using var db = await IntakeTranscriptTests.Db(app);
        var signal = await db.Set<Signal>().SingleAsync();
        Assert.Equal(casus.Id, signal.SourceCasusId);
        Assert.DoesNotContain("123456782", signal.Description);
        await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Owner), a => TriageKit.CardJson(a).Contains(signal.Reference));
    }

    [Fact]
    public async Task Only_coordinators_may_register_a_signal_directly()
    {
        await using var app = await SignalKit.StartAsync();

        var response = await app.PostAsync(app.ClickAs("signal.register", new { verb = "signal.register", title = "x" }, SignalKit.Owner, "Marieke Visser"));

        Assert.Contains("Alleen coördinatoren kunnen dit doen.", await response.Content.ReadAsStringAsync());
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.False(await db.Set<Signal>().AnyAsync());
    }
}
