using System.Text.Json;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Tests.Dialogs;

// A stand-in for the Cards helper: a minimal Adaptive Card that names the step it belongs to.
internal sealed class VisibilityCardRenderer : IStepCardRenderer
{
    public string Name => "visibility-card";

    public ValueTask<Activity> RenderAsync(ITurnContext turn, FlowStep step, DialogFrame frame, CancellationToken cancellationToken)
    {
        var card = JsonSerializer.SerializeToElement(new
        {
            type = "AdaptiveCard",
            version = "1.5",
            body = new object[] { new { type = "TextBlock", text = step.Prompt.For(turn.Language) } },
            actions = new object[] { new { type = "Action.Execute", verb = "dialog.submit", data = new { stepId = step.Id } } },
        });
        var activity = turn.Activity.CreateReply() with
        {
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }],
        };
        return ValueTask.FromResult(activity);
    }
}
