using CasuistiekBot.Tests.Triage;

namespace CasuistiekBot.Tests.Panels;

/// <summary>"wie is &lt;naam&gt;": a coordinator sees a person's directory card; others are not shown the directory.</summary>
public sealed class PersonCommandTests
{
    [Fact]
    public async Task A_coordinator_sees_a_persons_card_with_roles_tags_limits_and_panels_this_month()
    {
        await using var app = await PanelKit.StartAsync();
        await PanelKit.ToSpreekuurAsync(app);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
        await PanelKit.SendInvitationsAsync(app, today);   // a session this month

        var response = await app.PostAsync(app.InChannel("<at>CasuistiekBot</at> wie is Marieke Visser", TriageKit.Coordinator1));
        response.EnsureSuccessStatusCode();

        // The invitations' own deliveries may land in the channel around this turn, so pick the person card by its content.
        var card = TriageKit.CardJson(app.Messages.Last(m => TriageKit.CardJson(m).Contains("Maximaal panels per maand", StringComparison.Ordinal)));
        foreach (var expected in new[] { "Marieke Visser", "marieke.visser@casuistiek.example", "IND, Directie Asiel en Bescherming", "lijnmanager, MT-lid", "Maximaal panels per maand", "beschikbaar" })
        {
            Assert.Contains(expected, card);
        }
        Assert.Contains("{\"title\":\"Panels deze maand\",\"value\":\"1\"}", card);
    }

    [Fact]
    public async Task The_card_shows_until_when_someone_is_unavailable_and_english_works_too()
    {
        await using var app = await PanelKit.StartAsync();

        // English in a coordinator's own chat; the coordinators' channel speaks its one configured language.
        var card = TriageKit.CardJson(await app.ReplyAsync(app.InChannel("who is eva smit", TriageKit.Coordinator1) with
        {
            Locale = "en-US",
            Conversation = new Framework.Schema.ConversationAccount { Id = "a:coordinator-1", ConversationType = "personal" },
        }));
        Assert.Contains("Unavailable until", card);
        Assert.Contains("31 January 2027", card);
        var inChannel = TriageKit.CardJson(await app.ReplyAsync(app.InChannel("who is eva smit", TriageKit.Coordinator1) with { Locale = "en-US" }));
        Assert.Contains("31 januari 2027", inChannel);
    }

    [Fact]
    public async Task Several_matches_are_listed_and_none_is_said_plainly()
    {
        await using var app = await PanelKit.StartAsync();

        var reply0 = await app.ReplyAsync(app.InChannel("persoon bakker", TriageKit.Coordinator1));
        Assert.Contains("Joost Bakker", reply0.Text);
        Assert.Contains("Anouk Bakker", reply0.Text);
        var reply1 = await app.ReplyAsync(app.InChannel("wie is Niemand Bekend", TriageKit.Coordinator1));
        Assert.Contains("Niemand in de expertisegids gevonden", reply1.Text);
    }

    [Fact]
    public async Task Someone_who_is_not_a_coordinator_does_not_see_the_directory()
    {
        await using var app = await PanelKit.StartAsync();

        var replies = await app.SayAsync("wie is Marieke Visser");

        Assert.DoesNotContain(replies, r => TriageKit.CardJson(r).Contains("marieke.visser@"));
        Assert.DoesNotContain(replies, r => r.Text?.Contains("marieke.visser@") == true);
    }
}
