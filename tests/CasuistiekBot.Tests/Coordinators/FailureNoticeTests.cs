using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Testing.Connector;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Signals;
using CasuistiekBot.Tests.Triage;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Coordinators;

/// <summary>
/// The coordinators' channel hears of a message that will not arrive. A capability names its own messages (a signal
/// card names the signal and its owner, see SignalDeliveryTests); a message no capability names is told by its key.
/// </summary>
public sealed class FailureNoticeTests
{
    [Fact]
    public async Task A_message_no_capability_names_is_reported_to_the_coordinators_by_its_key()
    {
        await using var app = await SignalKit.StartAsync();
        app.Connector.RespondNext(FakeResponse.Status(403, "ConversationBlockedByUser"));
        await using (var db = await IntakeTranscriptTests.Db(app))
        {
            var outbox = app.Services.GetRequiredService<IOutbox>();
            await outbox.EnqueueAsync(db, OutboxMessage.ToConversation("greeting:7", "msteams", SignalKit.ChatOf(SignalKit.Owner), MessageFactory.Text("Hallo")), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var notice = await SignalKit.WaitForAsync(app, TriageKit.Channel, a => a.Text?.Contains("greeting:7") == true);

        Assert.Equal("Een bericht kon niet worden bezorgd (de ontvanger heeft de bot geblokkeerd of verwijderd): bericht greeting:7", notice.Text);
    }
}
