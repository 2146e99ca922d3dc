using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Conversations;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing.Pipeline;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CasuistiekBot.Tests.Triage.ConfidentialKit;

namespace CasuistiekBot.Tests.Triage;

/// <summary>
/// "Je naam zien alleen de coördinatoren": the triage card of a confidential casus goes to the channel without the
/// name, and the name reaches a coordinator only in their own view of it (Teams' refresh, or "Naam tonen").
/// </summary>
public sealed class ConfidentialAuthorTests
{
    [Fact]
    public async Task The_channel_gets_the_card_without_the_name_and_asks_teams_for_the_coordinators_own_views()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await MeetAsync(app, TriageKit.Coordinator1, "Pieter Jansen");
        var posted = await TriageKit.SubmitCasusAsync(app);
        var (casusId, version) = TriageKit.Ids(posted);

        // A question updates the shared card; the coordinator who asked gets their own answer card.
        var asked = await ConfidentialKit.AskAsync(app, Invoke(app, "triage.ask",
            JsonSerializer.SerializeToNode(new { casusId, version, question = "Sinds wanneer speelt dit?" })!, TriageKit.Coordinator1, "Pieter Jansen", refresh: false));
        await TriageKit.WaitForChannelCardAsync(app, c => c.Contains("Sinds wanneer speelt dit?"));
        await app.DeliverAllAsync();

        Assert.Contains(AuthorName, asked.Value);
        Assert.Contains("vertrouwelijk", TriageKit.CardJson(posted));
        Assert.All(ChannelTraffic(app), body => Assert.DoesNotContain(AuthorName, body));
        Assert.All(await ChannelOutboxAsync(app), json => Assert.DoesNotContain(AuthorName, json));
        var refresh = Card(posted)["refresh"]!;
        Assert.Equal("triage.view", refresh["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(["29:" + TriageKit.Admin, "29:" + TriageKit.Coordinator1], refresh["userIds"]!.AsArray().Select(u => u!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task A_coordinators_refresh_shows_the_name_only_to_them()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await MeetAsync(app, TriageKit.Coordinator1, "Pieter Jansen");
        var posted = await TriageKit.SubmitCasusAsync(app);
        await app.DeliverAllAsync();
        var before = app.Connector.Requests.Count;

        var (type, card) = await ConfidentialKit.AskAsync(app, Invoke(app, "triage.view", RefreshData(posted), TriageKit.Coordinator1, "Pieter Jansen", refresh: true));

        Assert.Equal(ContentTypes.AdaptiveCard, type);
        Assert.Contains(AuthorName, card);
        Assert.Contains("triage.spreekuur", card);
        Assert.DoesNotContain("triage.revealAuthor", card);
        await app.DeliverAllAsync();
        Assert.Equal(before, app.Connector.Requests.Count);
    }

    [Fact]
    public async Task A_channel_members_refresh_shows_confidential_and_no_name()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var posted = await TriageKit.SubmitCasusAsync(app);

        var (type, card) = await ConfidentialKit.AskAsync(app, Invoke(app, "triage.view", RefreshData(posted), Member, "Kanaal Lid", refresh: true));

        Assert.Equal(ContentTypes.AdaptiveCard, type);
        Assert.Contains("vertrouwelijk", card);
        Assert.DoesNotContain(AuthorName, card);
    }

    [Fact]
    public async Task Naam_tonen_shows_the_name_to_a_coordinator_the_bot_has_not_met_and_to_nobody_else()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var posted = await TriageKit.SubmitCasusAsync(app);
        await app.DeliverAllAsync();
        var reveal = RevealData(posted) ?? throw new Xunit.Sdk.XunitException("the card offers no Naam tonen although Coordinator2 is unknown");
        var before = app.Connector.Requests.Count;

        var (coordinatorType, coordinatorView) = await ConfidentialKit.AskAsync(app, Invoke(app, "triage.revealAuthor", reveal, TriageKit.Coordinator2, "Fatima El Amrani", refresh: false));
        var (memberType, memberView) = await ConfidentialKit.AskAsync(app, Invoke(app, "triage.revealAuthor", reveal, Member, "Kanaal Lid", refresh: false));

        Assert.Equal(ContentTypes.AdaptiveCard, coordinatorType);
        Assert.Contains(AuthorName, coordinatorView);
        Assert.Equal(ContentTypes.ActivityMessage, memberType);
        Assert.Contains("Alleen coördinatoren", memberView);
        Assert.DoesNotContain(AuthorName, memberView);
        await app.DeliverAllAsync();
        Assert.Equal(before, app.Connector.Requests.Count);
    }

    [Fact]
    public async Task When_teams_can_refresh_every_coordinator_the_card_has_no_reveal_button()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        await MeetAsync(app, TriageKit.Coordinator1, "Pieter Jansen");
        await MeetAsync(app, TriageKit.Coordinator2, "Fatima El Amrani");

        var posted = await TriageKit.SubmitCasusAsync(app);

        Assert.Null(RevealData(posted));
        Assert.Equal(3, Card(posted)["refresh"]!["userIds"]!.AsArray().Count);
    }

    [Fact]
    public async Task Past_sixty_coordinators_teams_refreshes_sixty_and_the_rest_get_the_reveal_button()
    {
        var coordinators = Enumerable.Range(1, 61).Select(i => $"00000000-0000-4000-8000-{i:D12}").ToList();
        var settings = new Dictionary<string, string?> { ["Roles:Admins:0"] = TriageKit.Admin, ["Delivery:PollInterval"] = "00:00:00.100" };
        for (var i = 0; i < coordinators.Count; i++) settings[$"Roles:Coordinators:{i}"] = coordinators[i];
        await using var app = await BotApp.StartAsync(extra: settings);
        await TriageKit.RegisterChannelAsync(app);
        var store = app.Services.GetRequiredService<IConversationReferenceStore>();
        foreach (var aad in coordinators)
        {
            await store.SaveAsync(new ConversationReference
            {
                ChannelId = "msteams", ServiceUrl = app.Connector.ServiceUrl,
                Conversation = new ConversationAccount { Id = "a:personal-" + aad, ConversationType = "personal", TenantId = TestActivities.TenantId },
                User = new ChannelAccount { Id = "29:" + aad, AadObjectId = aad },
            }, TestActivities.TenantId, null, CancellationToken.None);
        }

        var posted = await TriageKit.SubmitCasusAsync(app);

        Assert.Equal(60, Card(posted)["refresh"]!["userIds"]!.AsArray().Count);
        Assert.NotNull(RevealData(posted));
    }

    [Fact]
    public async Task A_named_casus_has_no_refresh_and_shows_its_name_to_everyone()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);

        var posted = await TriageKit.SubmitCasusAsync(app, visibility: "1");

        Assert.Null(Card(posted)["refresh"]);
        Assert.Null(RevealData(posted));
        Assert.Contains(AuthorName, TriageKit.CardJson(posted));
    }
}
