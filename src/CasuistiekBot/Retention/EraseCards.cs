using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Retention;

/// <summary>The cards of "verwijder mijn casus": the author's cases to pick from, what erasing one means, and what was done.</summary>
internal sealed class EraseCards(CardTemplateStore templates, MyCasesCards myCases, Texts texts)
{
    // What erasing means, in the order the author should read it; the first line only while the casus is still open.
    private static readonly string[] Consequences = [RetentionTextKeys.EraseConfirmWithdraw, RetentionTextKeys.EraseConfirmTexts, RetentionTextKeys.EraseConfirmCoordinators, RetentionTextKeys.EraseConfirmFigures, RetentionTextKeys.EraseConfirmFinal];

    public JsonObject Pick(IReadOnlyList<Casus> cases, string language) => Bind(language, texts.Get(RetentionTextKeys.EraseTitle, language),
        [cases.Count > 0 ? texts.Get(RetentionTextKeys.EraseIntro, language) : texts.Get(RetentionTextKeys.EraseEmpty, language)],
        cases: cases.Select(c => new { Id = c.Id.ToString(), c.Reference, Status = myCases.Status(c.Status, language) }));

    public JsonObject Confirm(Casus casus, string language) => Bind(language, texts.Get(RetentionTextKeys.EraseConfirmTitle, language, casus.Reference),
        [.. Consequences.Where(key => key != RetentionTextKeys.EraseConfirmWithdraw || CasusStatus.IsOpen(casus.Status)).Select(key => texts.Get(key, language))],
        confirmFor: casus);

    public JsonObject Cancelled(Casus casus, string language) =>
        Bind(language, casus.Reference, [texts.Get(RetentionTextKeys.EraseCancelled, language, casus.Reference)]);

    public JsonObject Done(Casus casus, bool withdrawn, string language) =>
        Bind(language, casus.Reference, [texts.Get(withdrawn ? RetentionTextKeys.EraseDoneWithdrawn : RetentionTextKeys.EraseDone, language, casus.Reference)]);

    private JsonObject Bind(string language, string title, IEnumerable<string> lines, IEnumerable<object>? cases = null, Casus? confirmFor = null) =>
        templates.Bind(RetentionCardNames.Erase, new
        {
            Title = title,
            Lines = lines.Select(text => new { Text = text }),
            Cases = cases ?? [],
            Pick = texts.Get(RetentionTextKeys.ErasePick, language),
            Confirm = confirmFor is not null,
            CasusId = confirmFor?.Id.ToString() ?? "",
            Yes = texts.Get(RetentionTextKeys.EraseConfirmYes, language, confirmFor?.Reference ?? ""),
            No = texts.Get(RetentionTextKeys.EraseConfirmNo, language),
        });
}
