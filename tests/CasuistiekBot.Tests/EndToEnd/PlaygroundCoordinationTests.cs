using System.Text.Json;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Playground;

namespace CasuistiekBot.Tests.EndToEnd;

/// <summary>
/// One casus across every role, through the real Agents Playground with the demo people and roles of
/// scripts/run-playground.sh: Sanne raises it in her personal chat, Pieter (administrator and coordinator) registers
/// the coordinators' channel, triages, schedules and invites, Joost accepts in his own 1:1 chat, and Pieter records
/// the outcome. Every check is on what the Playground received.
/// </summary>
public sealed class PlaygroundCoordinationTests
{
    private const string MeetingLink = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_spreekuur%40thread.v2/0";

    [RequiresServiceFact("CASUISTIEK_TEST_NODE")]
    public async Task A_casus_goes_from_intake_through_triage_panel_and_invitation_to_its_outcome_across_roles()
    {
        await using var playground = await PlaygroundHarness.StartAsync(new PlaygroundOptions { DemoRoles = true });
        var play = new CoordinationPlay(playground);

        await play.RegisterChannelAsync();
        var reference = await play.RaiseCasusAsync();
        var triageCard = await play.ChannelCardAsync(c => CardReader.Offers(c, "triage.spreekuur") && CardReader.Shows(c, reference));
        Assert.False(CardReader.Shows(triageCard.AdaptiveCards.Single(), CoordinationPlay.AuthorName), "the card posted to the channel does not name a confidential author");
        Assert.True(CardReader.Shows(await play.CoordinatorViewAsync(triageCard), CoordinationPlay.AuthorName), "a coordinator's own view names the confidential author");

        await play.PressAsync(triageCard, "triage.spreekuur");
        var panelCard = await play.ChannelCardAsync(c => CardReader.Offers(c, "panel.schedule"));
        Assert.True(CardReader.Shows(panelCard.AdaptiveCards.Single(), "Joost Bakker"), playground.Describe());

        var session = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(21);
        var scheduled = await play.PressAsync(panelCard, "panel.schedule", new
        {
            sessionDate = session.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), sessionTime = "14:00", place = MeetingLink,
        });
        var sent = await play.PressAsync(scheduled, "panel.send");
        Assert.True(CardReader.Shows(sent.AdaptiveCards.Single(), "Pieter Jansen"), sent.ToString());
        var joost = playground.Config.User("Joost");
        var invitation = await play.CardToAsync(joost, c => CardReader.Offers(c, "invitation.accept"));
        var invitationCard = invitation.AdaptiveCards.Single();
        Assert.True(CardReader.Shows(invitationCard, MeetingLink) && CardReader.Shows(invitationCard, "[NAAM-1]"), invitationCard.GetRawText());
        Assert.False(CardReader.Shows(invitationCard, CoordinationPlay.AuthorName), "a confidential casus hides its author from the panel");

        var accepted = await play.PressAsync(invitation, "invitation.accept", user: joost);
        Assert.True(CardReader.Shows(accepted.AdaptiveCards.Single(), "You are taking part"), accepted.AdaptiveCards.Single().GetRawText());
        Assert.False(CardReader.Offers(accepted.AdaptiveCards.Single(), "invitation.accept"));
        await playground.WaitForMessageAsync(m => m.IsUpdate && m.MessageId == panelCard.MessageId
            && m.AdaptiveCards.Any(c => CardReader.Shows(c, "Joost Bakker — doet mee")));
        var told = await playground.WaitForMessageAsync(m => m.ConversationId == play.PersonalChat && m.Text?.Contains("will be discussed", StringComparison.Ordinal) == true);
        Assert.Contains($"{session.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} at 14:00", told.Text);
        Assert.Matches("The facilitator is [A-Z]", told.Text);

        var summary = await play.RecordOutcomeAsync(reference, actionOwner: "Joost Bakker", signalOwner: "Marieke Visser");
        var signal = System.Text.RegularExpressions.Regex.Match(string.Join(" ", CardReader.Strings(summary)), @"SG-\d{4}-\d{4}").Value;
        Assert.NotEmpty(signal);

        var outcome = await playground.WaitForMessageAsync(m => m.ConversationId == play.PersonalChat && m.Text?.Contains("The shared view", StringComparison.Ordinal) == true);
        Assert.Contains(CoordinationPlay.SharedView, outcome.Text);
        Assert.Contains("action point 1: " + CoordinationPlay.ActionText, outcome.Text);
        Assert.Contains($"{signal} '{CoordinationPlay.SignalTitle}', owner Marieke Visser", outcome.Text);
        var task = await play.CardToAsync(joost, c => CardReader.Offers(c, "actionpoint.done"));
        Assert.True(CardReader.Shows(task.AdaptiveCards.Single(), CoordinationPlay.ActionText), task.AdaptiveCards.Single().GetRawText());
    }
}
