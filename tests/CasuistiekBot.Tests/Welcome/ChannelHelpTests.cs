using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Triage;

namespace CasuistiekBot.Tests.Welcome;

/// <summary>"help" outside a 1:1 chat: the coordinators' help in their channel, one line anywhere else.</summary>
public sealed class ChannelHelpTests
{
    [Fact]
    public async Task Help_in_the_coordinators_channel_explains_the_channel_and_the_mention_without_the_inbrengers_menu()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var before = app.Connector.Requests.Count;

        (await app.PostAsync(app.InChannel("help", TriageKit.Coordinator1))).EnsureSuccessStatusCode();

        var sent = string.Join("\n", app.Connector.Requests.Skip(before).Where(r => r.Activity is not null).Select(r => SignalKit.Describe(r.Activity!)));
        Assert.Contains("Het coördinatorenkanaal", sent);
        Assert.Contains("@CasuistiekBot", sent);
        Assert.Contains("'overzicht signalen'", sent);
        Assert.DoesNotContain("intake.start", sent);
        Assert.DoesNotContain("Casus inbrengen", sent);
    }

    [Fact]
    public async Task Hallo_in_another_team_channel_gets_one_line_and_no_menu()
    {
        await using var app = await TriageKit.StartAsync();
        await TriageKit.RegisterChannelAsync(app);
        var before = app.Connector.Requests.Count;
        var elsewhere = app.InChannel("hallo", TriageKit.Coordinator1) with
        {
            Conversation = new Framework.Schema.ConversationAccount { Id = "19:andere-afdeling@thread.tacv2", ConversationType = "channel", IsGroup = true },
        };

        (await app.PostAsync(elsewhere)).EnsureSuccessStatusCode();

        var sent = app.Connector.Requests.Skip(before).Where(r => r.Activity is not null).Select(r => r.Activity!).ToList();
        var reply = Assert.Single(sent);
        Assert.Contains("persoonlijke chat", reply.Text);
        Assert.Empty(reply.Attachments ?? []);
    }
}
