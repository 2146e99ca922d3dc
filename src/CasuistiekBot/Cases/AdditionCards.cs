using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Cases;

/// <summary>The card on which the author adds to an open casus (choosing which one when there are several), and the card once added.</summary>
internal sealed class AdditionCards(CardTemplateStore templates, Texts texts)
{
    public JsonObject Form(IReadOnlyList<Casus> open, string language, string text = "") => Bind(
        open.Count == 1 ? texts.Get("addition.title", language, open[0].Reference) : texts.Get("addition.titleChoose", language),
        texts.Get("addition.intro", language), done: false, text, open.Count == 1 ? open[0].Id.ToString() : "", open.Count > 1 ? open : [], language);

    public JsonObject Added(Casus casus, string text, string language) =>
        Bind(texts.Get("addition.addedTitle", language, casus.Reference), texts.Get("addition.added", language), done: true, text, casus.Id.ToString(), [], language);

    private JsonObject Bind(string title, string intro, bool done, string text, string casusId, IReadOnlyList<Casus> choices, string language) =>
        templates.Bind(CaseCardNames.Addition, new
        {
            Title = title,
            Intro = intro,
            Done = done,
            Text = text,
            Choose = choices.Count > 0,
            WhichLabel = texts.Get("addition.which", language),
            Cases = choices.Select(c => new { Id = c.Id.ToString(), c.Reference }),
            CasusId = casusId,
            TextLabel = texts.Get("addition.label", language),
            Required = texts.Get("addition.required", language),
            Submit = texts.Get("addition.submit", language),
        });
}
