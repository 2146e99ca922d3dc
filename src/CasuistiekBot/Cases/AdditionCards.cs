using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Cases;

/// <summary>The card on which the author adds to an open casus (choosing which one when there are several), and the card once added.</summary>
internal sealed class AdditionCards(CardTemplateStore templates, Texts texts)
{
    public JsonObject Form(IReadOnlyList<Casus> open, string language, string text = "") => Bind(
        open.Count == 1 ? texts.Get(CasesTextKeys.AdditionTitle, language, open[0].Reference) : texts.Get(CasesTextKeys.AdditionTitleChoose, language),
        texts.Get(CasesTextKeys.AdditionIntro, language), done: false, text, open.Count == 1 ? open[0].Id.ToString() : "", open.Count > 1 ? open : [], language);

    public JsonObject Added(Casus casus, string text, string language) =>
        Bind(texts.Get(CasesTextKeys.AdditionAddedTitle, language, casus.Reference), texts.Get(CasesTextKeys.AdditionAdded, language), done: true, text, casus.Id.ToString(), [], language);

    private JsonObject Bind(string title, string intro, bool done, string text, string casusId, IReadOnlyList<Casus> choices, string language) =>
        templates.Bind(CaseCardNames.Addition, new
        {
            Title = title,
            Intro = intro,
            Done = done,
            Text = text,
            Choose = choices.Count > 0,
            WhichLabel = texts.Get(CasesTextKeys.AdditionWhich, language),
            Cases = choices.Select(c => new { Id = c.Id.ToString(), c.Reference }),
            CasusId = casusId,
            TextLabel = texts.Get(CasesTextKeys.AdditionLabel, language),
            Required = texts.Get(CasesTextKeys.AdditionRequired, language),
            Submit = texts.Get(CasesTextKeys.AdditionSubmit, language),
        });
}
