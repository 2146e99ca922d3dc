using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>
/// The buttons a choice or yes/no step is offered with, so that nobody has to type "2" on a phone. Up to three options
/// become suggested actions (Teams shows no more than three); more become a compact card, attached to the question,
/// with one button per option.
/// Every button posts the option's title as if typed (<c>imBack</c>), so it goes through the same recognizers as a typed
/// answer and a transcript reads as the conversation did.
/// </summary>
internal static class ChoiceButtons
{
    public const int MaxSuggested = 3;

    /// <summary>The step's question with its options as buttons; other steps' questions as they are.</summary>
    public static Activity Offer(Activity question, FlowStep step, string language, IDialogTexts texts) => Offer(question, Titles(step, language, texts));

    /// <summary>A message with these answers as buttons: suggested actions up to three, a card attached beyond.</summary>
    public static Activity Offer(Activity message, IReadOnlyList<string> titles)
    {
        if (titles.Count == 0) return message;
        if (titles.Count <= MaxSuggested) return message with { SuggestedActions = new SuggestedActions { Actions = [.. titles.Select(SuggestedAction.Reply)] } };
        // One action set per option, so long titles stack under each other instead of being cut off side by side.
        var body = new JsonArray([.. titles.Select(title => (JsonNode)new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = title,
                ["data"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = title } },
            }),
        })]);
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = body };
        return message with { Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(card) }] };
    }

    private static IReadOnlyList<string> Titles(FlowStep step, string language, IDialogTexts texts) => step.Kind switch
    {
        StepKind.Choice => [.. step.Choices.Select(c => c.Title.For(language))],
        StepKind.Confirm => [texts.Get(DialogText.Yes, language), texts.Get(DialogText.No, language)],
        _ => [],
    };
}
