using System.Text.Json.Nodes;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Triage;

/// <summary>The card that brings a coordinator's question to the author, and shows the answer once given.</summary>
internal sealed class QuestionCards(CardTemplateStore templates, Texts texts)
{
    public JsonObject Render(Casus casus, CasusQuestion question) => templates.Bind(TriageCardNames.CasusQuestion, new
    {
        Title = texts.Get(LocalizationTextKeys.AuthorQuestionTitle, casus.Language, casus.Reference),
        question.Question,
        Open = question.Answer is null,
        Answered = question.Answer is not null,
        Answer = question.Answer ?? "",
        AnswerLabel = texts.Get(LocalizationTextKeys.AuthorQuestionAnswer, casus.Language),
        Required = texts.Get(LocalizationTextKeys.AuthorQuestionRequired, casus.Language),
        Send = texts.Get(LocalizationTextKeys.AuthorQuestionSend, casus.Language),
        QuestionId = question.Id,
    });
}
