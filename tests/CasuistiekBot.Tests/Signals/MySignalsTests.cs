using System.Text.RegularExpressions;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Signals;
using CasuistiekBot.Tasks;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Signals;

/// <summary>"Mijn signalen" / "my signals": a person's own open signals as a list, then each one's card posted again.</summary>
public sealed class MySignalsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly string OwnerChat = SignalKit.ChatOf(SignalKit.Owner);

    [Fact]
    public async Task An_owner_sees_their_open_signals_with_the_overdue_one_marked_then_one_card_per_signal()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var app = await SignalKit.StartAsync(clock);
        var late = await SignalKit.RegisterAsync(app, due: new DateOnly(2026, 11, 25));
        var later = await SignalKit.RegisterAsync(app, due: new DateOnly(2027, 1, 15));
        var closed = await SignalKit.RegisterAsync(app);
        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.close", closed, new { resolution = "uitgezocht-afgedaan", resolutionText = "Besproken in het MT." });
        var colleagues = await SignalKit.RegisterAsync(app, owner: SignalKit.Colleague);
        clock.Advance(TimeSpan.FromDays(3));
        var before = await Sessions.MyTasksKit.AllDeliveredAsync(app);

        await SignalKit.SayAsync(app, SignalKit.Owner, "Marieke Visser", "mijn signalen");

        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, OwnerChat, a => TriageKit.CardJson(a).Contains("Mijn signalen")));
        Assert.Contains("Open signalen op jouw naam, bij jou als behandelaar of aan jou aangeboden: 2.", list);
        Assert.True(list.IndexOf(late.Reference, StringComparison.Ordinal) < list.IndexOf(later.Reference, StringComparison.Ordinal), "earliest due date first");
        Assert.Contains("Uiterste datum 25 november 2026", list);
        Assert.Contains("Uiterste datum 15 januari 2027", list);
        Assert.Contains("Nieuw", list);
        Assert.Single(AllIndexesOf(list, "Over de uiterste datum"));
        Assert.DoesNotContain(closed.Reference, list);
        Assert.DoesNotContain(colleagues.Reference, list);
        var shown = await ShownCardsAsync(app, before, 2);
        Assert.Equal([late.Reference, later.Reference], shown.Select(Reference).Order());
        Assert.All(shown, card => Assert.Contains("signal.close", TriageKit.CardJson(card)));
        Assert.Contains("Over de uiterste datum (25 november 2026)", TriageKit.CardJson(shown.Single(c => Reference(c) == late.Reference)));
    }

    [Fact]
    public async Task The_card_shown_again_is_the_one_later_changes_update()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);
        var first = await Sessions.MyTasksKit.SentActivityIdAsync(app, $"{SignalPublisher.CardKey(signal, SignalKit.Owner)}:v");

        await SignalKit.SayAsync(app, SignalKit.Owner, "Marieke Visser", "mijn signalen");
        var again = await Sessions.MyTasksKit.SentActivityIdAsync(app, $"{SignalPublisher.CardKey(signal, SignalKit.Owner)}:shown:");
        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.pickup", signal);

        await SignalKit.WaitForAsync(app, OwnerChat, a => TriageKit.CardJson(a).Contains("Opgepakt"));
        Assert.NotEqual(first, again);
        var puts = app.Connector.Requests.Where(r => r.Method == "PUT" && r.ConversationId == OwnerChat).ToList();
        Assert.Contains(puts, r => r.ActivityId == again && r.Activity is { } a && TriageKit.CardJson(a).Contains("Opgepakt"));
        Assert.DoesNotContain(puts, r => r.ActivityId == first);
    }

    [Fact]
    public async Task Someone_else_sees_nothing_of_the_owners_signals()
    {
        await using var app = await SignalKit.StartAsync();
        var owners = await SignalKit.RegisterAsync(app);
        var colleagues = await SignalKit.RegisterAsync(app, owner: SignalKit.Colleague);
        var before = await Sessions.MyTasksKit.AllDeliveredAsync(app);

        await SignalKit.SayAsync(app, SignalKit.Outsider, "Olaf Buiten", "mijn signalen");
        await SignalKit.SayAsync(app, SignalKit.Colleague, "Sanne de Vries", "mijn signalen");

        var none = await SignalKit.WaitForAsync(app, SignalKit.ChatOf(SignalKit.Outsider), a => a.Text?.Contains("geen open signalen") == true);
        Assert.Contains("Signalen van anderen laat ik hier niet zien", none.Text);
        Assert.DoesNotContain(TriageKit.SentTo(app, SignalKit.ChatOf(SignalKit.Outsider)), a => SignalKit.Describe(a).Contains("SG-"));
        var colleagueChat = SignalKit.ChatOf(SignalKit.Colleague);
        await SignalKit.WaitForAsync(app, colleagueChat, a => TriageKit.CardJson(a).Contains("Mijn signalen"));
        var shown = await ShownCardsAsync(app, before, 1, colleagueChat);
        Assert.Equal(colleagues.Reference, Reference(Assert.Single(shown)));
        Assert.DoesNotContain(TriageKit.SentTo(app, colleagueChat), a => SignalKit.Describe(a).Contains(owners.Reference));
    }

    [Fact]
    public async Task A_signal_offered_for_transfer_is_in_the_list_of_the_person_it_is_offered_to_with_the_offer_card()
    {
        await using var app = await SignalKit.StartAsync();
        var signal = await SignalKit.RegisterAsync(app);
        await SignalKit.ClickAsync(app, SignalKit.Owner, "signal.transfer", signal, new { person = SignalKit.Colleague });
        var colleagueChat = SignalKit.ChatOf(SignalKit.Colleague);
        await SignalKit.WaitForAsync(app, colleagueChat, a => TriageKit.CardJson(a).Contains("signal.accept"));
        var before = await Sessions.MyTasksKit.AllDeliveredAsync(app);

        await SignalKit.SayAsync(app, SignalKit.Colleague, "Sanne de Vries", "mijn signalen");

        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, colleagueChat, a => TriageKit.CardJson(a).Contains("Mijn signalen")));
        Assert.Contains(signal.Reference, list);
        Assert.Contains("Wordt overgedragen", list);
        Assert.Contains("Marieke Visser wil dit signaal aan jou overdragen", list);
        var offer = TriageKit.CardJson(Assert.Single(await ShownCardsAsync(app, before, 1, colleagueChat)));
        Assert.Contains("signal.accept", offer);
        Assert.DoesNotContain("signal.close", offer);
    }

    [Fact]
    public async Task An_english_owner_gets_the_list_and_the_cards_in_english()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var app = await SignalKit.StartAsync(clock);
        var signal = await SignalKit.RegisterAsync(app, due: new DateOnly(2026, 11, 24));
        clock.Advance(TimeSpan.FromDays(2));
        var before = await Sessions.MyTasksKit.AllDeliveredAsync(app);

        var said = app.Message("my signals", OwnerChat, "en-US") with
        {
            From = new ChannelAccount { Id = "29:" + SignalKit.Owner, Name = "Marieke Visser", AadObjectId = SignalKit.Owner },
        };
        (await app.PostAsync(said)).EnsureSuccessStatusCode();

        var list = TriageKit.CardJson(await SignalKit.WaitForAsync(app, OwnerChat, a => TriageKit.CardJson(a).Contains("My signals")));
        Assert.Contains("Open signals in your name, with you as behandelaar or offered to you: 1.", list);
        Assert.Contains("Due 24 November 2026", list);
        Assert.Contains("Past the due date", list);
        Assert.Contains("Below follows the card of each signal", list);
        var card = TriageKit.CardJson(Assert.Single(await ShownCardsAsync(app, before, 1)));
        Assert.Contains(signal.Reference, card);
        Assert.Contains("Pick up", card);
    }

    [Fact]
    public async Task In_a_channel_the_bot_points_to_the_personal_chat_and_shows_no_signal()
    {
        await using var app = await SignalKit.StartAsync();
        await SignalKit.RegisterAsync(app);

        (await app.PostAsync(app.InChannel("mijn signalen", SignalKit.Owner, "Marieke Visser"))).EnsureSuccessStatusCode();

        var inChannel = app.Connector.Requests.Where(r => r.ConversationId?.StartsWith(TriageKit.Channel, StringComparison.Ordinal) == true && r.Activity is { Type: "message" })
            .Select(r => r.Activity!).ToList();
        Assert.Contains(inChannel, a => a.Text?.Contains("alleen in een persoonlijke chat met mij") == true);
        Assert.DoesNotContain(inChannel, a => SignalKit.Describe(a).Contains("SG-"));
    }

    /// <summary>The signal cards posted (not updated) in a chat since request <paramref name="since"/>, once there are <paramref name="count"/>.</summary>
    private static async Task<IReadOnlyList<Activity>> ShownCardsAsync(BotApp app, int since, int count, string? chat = null)
    {
        chat ??= OwnerChat;
        await app.DeliverAllAsync();
        var posted = app.Connector.Requests.Skip(since)
            .Where(r => r.Method == "POST" && r.ConversationId == chat && r.Activity is { } a && TriageKit.CardJson(a).Contains("signal.refresh"))
            .Select(r => r.Activity!).ToList();
        return posted.Count >= count ? posted : throw new InvalidOperationException($"{posted.Count} of {count} signal cards were posted in {chat}.");
    }

    private static string Reference(Activity card) => Regex.Match(TriageKit.CardJson(card), @"SG-\d{4}-\d{4}").Value;

    private static IEnumerable<int> AllIndexesOf(string text, string part)
    {
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) yield return i;
    }
}
