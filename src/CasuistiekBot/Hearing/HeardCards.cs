using System.Globalization;
using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Hearing;

/// <summary>The "Voelde je je gehoord?" card: the inbrenger's with room for a remark, the panel member's shorter; and the card once answered.</summary>
internal sealed class HeardCards(CardTemplateStore templates, Texts texts)
{
    public JsonObject ForAuthor(Casus casus)
    {
        var language = casus.Language;
        var privacy = casus.Visibility == CasusVisibility.Anonymous ? HearingTextKeys.HeardAuthorAnonymous : HearingTextKeys.HeardAuthorNamed;
        return Bind(language, texts.Get(HearingTextKeys.HeardAuthorTitle, language),
            [texts.Get(HearingTextKeys.HeardAuthorIntro, language, casus.Reference), texts.Get(privacy, language)], casus.Id, HeardRoles.Author, open: true);
    }

    public JsonObject ForPanel(Casus casus, string language) =>
        Bind(language, texts.Get(HearingTextKeys.HeardPanelTitle, language, casus.Reference), [texts.Get(HearingTextKeys.HeardPanelIntro, language)],
            casus.Id, HeardRoles.Panel, open: true);

    /// <summary>What replaces the card once answered (or refused): its title and one line, no buttons.</summary>
    public JsonObject Answered(string title, string line, string language) => Bind(language, title, [line], null, "", open: false);

    private JsonObject Bind(string language, string title, IEnumerable<string> lines, Guid? casusId, string role, bool open) =>
        templates.Bind(HeardCardNames.Heard, new
        {
            Title = title,
            Lines = lines.Select(text => new { Text = text }),
            Remark = open && role == HeardRoles.Author,
            RemarkLabel = texts.Get(HearingTextKeys.HeardRemarkLabel, language),
            RemarkPlaceholder = texts.Get(HearingTextKeys.HeardRemarkPlaceholder, language),
            Open = open,
            Scores = Enumerable.Range(HeardAnswer.MinScore, HeardAnswer.MaxScore).Select(score => new
            {
                Score = score.ToString(CultureInfo.InvariantCulture),
                Title = score.ToString(CultureInfo.InvariantCulture),
                Tooltip = score switch
                {
                    HeardAnswer.MinScore => texts.Get(HearingTextKeys.HeardScoreLowest, language, score),
                    HeardAnswer.MaxScore => texts.Get(HearingTextKeys.HeardScoreHighest, language, score),
                    _ => score.ToString(CultureInfo.InvariantCulture),
                },
            }),
            CasusId = casusId?.ToString() ?? "",
            Role = role,
        });
}
