using CasuistiekBot.Expertise;
using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Signals;

/// <summary>A DG with two MTs in their dgOf asks for the overview in chat: one card per MT, nothing of a third MT.</summary>
public sealed class DgOverviewTests
{
    private const string Director = "00000000-0000-4000-8000-0000000000e8";
    private const string Elders = "00000000-0000-4000-8000-0000000000e7";
    private const string Derde = "00000000-0000-4000-8000-0000000000e9";

    [Fact]
    public async Task A_DG_sees_the_signals_of_every_MT_under_them_grouped_per_MT_and_none_of_another_MT()
    {
        await using var app = await SignalKit.StartAsync();
        await SeedAsync(app);
        var asiel = await SignalKit.RegisterAsync(app);
        var handhaving = await RegisterAsync(app, Elders, "Henk Elders", "MT Handhaving", "Boete dubbel opgelegd na verhuizing");
        var toezicht = await RegisterAsync(app, Derde, "Ina Derde", "MT Toezicht", "Inspectierapport blijft liggen");

        await SignalKit.SayAsync(app, Director, "Gerda Generaal", "overzicht signalen");
        await app.DeliverAllAsync();
        var chat = TriageKit.SentTo(app, SignalKit.ChatOf(Director));

        var intro = Assert.Single(chat, a => a.Text?.Contains("Je bent DG van") == true);
        Assert.Equal("Je bent DG van MT Asiel, MT Handhaving. Hieronder het overzicht per MT.", intro.Text);
        var cards = chat.Select(TriageKit.CardJson).Where(c => c.Contains("Overzicht signalen van")).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Contains("Overzicht signalen van MT Asiel", cards[0]);
        Assert.Contains(asiel.Reference, cards[0]);
        Assert.DoesNotContain(handhaving.Reference, cards[0]);
        Assert.Contains("Overzicht signalen van MT Handhaving", cards[1]);
        Assert.Contains(handhaving.Reference, cards[1]);
        Assert.DoesNotContain(asiel.Reference, cards[1]);
        Assert.All(chat, a => Assert.DoesNotContain(toezicht.Reference, SignalKit.Describe(a)));
        Assert.All(chat, a => Assert.DoesNotContain(toezicht.Title, SignalKit.Describe(a)));
    }

    [Fact]
    public async Task A_DG_may_open_the_card_of_a_signal_in_any_of_their_MTs_and_not_of_another()
    {
        await using var app = await SignalKit.StartAsync();
        await SeedAsync(app);
        var handhaving = await RegisterAsync(app, Elders, "Henk Elders", "MT Handhaving", "Boete dubbel opgelegd na verhuizing");
        var toezicht = await RegisterAsync(app, Derde, "Ina Derde", "MT Toezicht", "Inspectierapport blijft liggen");

        var shown = await SignalKit.ClickAsync(app, Director, "signal.refresh", handhaving, trigger: "automatic");
        var refused = await SignalKit.ClickAsync(app, Director, "signal.refresh", toezicht, trigger: "automatic");

        Assert.Contains(handhaving.Reference, shown.ToJsonString());
        Assert.Equal("Dit signaal is niet voor jou zichtbaar.", SignalKit.Text(refused));
    }

    private static async Task SeedAsync(Support.BotApp app)
    {
        await using var db = await IntakeTranscriptTests.Db(app);
        db.AddRange(
            new Person { AadObjectId = Director, Name = "Gerda Generaal", Email = "gerda.generaal@jenv.example", Roles = "dg", DgOf = "MT Asiel|MT Handhaving" },
            new Person { AadObjectId = Elders, Name = "Henk Elders", Email = "henk.elders@jenv.example", Roles = "mt-lid", Mt = "MT Handhaving" },
            new Person { AadObjectId = Derde, Name = "Ina Derde", Email = "ina.derde@jenv.example", Roles = "mt-lid", Mt = "MT Toezicht" });
        await db.SaveChangesAsync();
    }

    internal static async Task<Signal> RegisterAsync(Support.BotApp app, string owner, string name, string mt, string title)
    {
        var register = app.Services.GetRequiredService<SignalRegister>();
        await using var db = await IntakeTranscriptTests.Db(app);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var registration = await register.RegisterAsync(db, new NewSignal(title, "Beschrijving zonder persoonsgegevens.", SignalCategory.HarshRules, null,
            new SignalOwner(owner, name, mt), today.AddDays(30)), TriageKit.Coordinator1, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return registration.Signal ?? throw new InvalidOperationException(registration.Refusal);
    }
}
