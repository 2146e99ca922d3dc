using System.Text.Json.Nodes;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Panels;

/// <summary>
/// The proposed panel as the inbrenger of an anonymous casus sees it, privately, before anyone is invited: who (names
/// and roles), when and where, until when they may answer, and "Akkoord" / "Bezwaar". The card reads the same whether or
/// not their own manager is on it, because the bot keeps what it sends: a card saying so would tell a reader of the
/// database whose team the author is in. The author recognises their manager by name; the card says what that means.
/// </summary>
internal sealed class PreviewCards(CardTemplateStore templates, Texts texts, WorkingDayCalendar calendar)
{
    public JsonObject Render(Casus casus, Panel panel, IReadOnlyList<PanelMember> members, PreviewAnswer answer = PreviewAnswer.None)
    {
        var language = casus.Language;
        var until = PreviewTime.Format(calendar, language, panel.PreviewUntil);
        var open = answer == PreviewAnswer.None && panel.PreviewStatus == AuthorPreview.Waiting;
        return templates.Bind(PanelCardNames.Preview, new
        {
            PanelId = panel.Id.ToString(),
            panel.Version,
            Title = T(language, PanelsTextKeys.PreviewTitle, casus.Reference),
            Intro = T(language, PanelsTextKeys.PreviewIntro),
            Facts = new[]
            {
                new { Label = T(language, PanelsTextKeys.InvitationFactWhen), Value = panel.SessionDate is { } d && panel.SessionTime is { } t ? SessionText.When(texts, language, d, t) : "" },
                new { Label = T(language, PanelsTextKeys.InvitationFactPlace), Value = panel.Place ?? "" },
            },
            MembersLabel = T(language, PanelsTextKeys.PreviewMembers),
            Members = members.Where(m => MemberStatus.IsSeated(m.Status)).OrderBy(m => SeatOrder(m.Seat)).ThenBy(m => m.Id)
                .Select(m => new { Line = $"**{T(language, PanelsTextKeys.PanelSeatPrefix + m.Seat)}** · {m.Name}" }),
            Consent = T(language, PanelsTextKeys.PreviewConsent),
            Deadline = T(language, PanelsTextKeys.PreviewDeadline, until),
            Answered = answer != PreviewAnswer.None,
            Answer = answer switch
            {
                PreviewAnswer.Agreed => T(language, PanelsTextKeys.PreviewAgreed),
                PreviewAnswer.Objected => T(language, PanelsTextKeys.PreviewObjected, until),
                PreviewAnswer.Closed => T(language, PanelsTextKeys.PreviewClosed),
                _ => "",
            },
            AnswerColor = answer == PreviewAnswer.Agreed ? "Good" : "Default",
            Open = open,
            Labels = new { Agree = T(language, PanelsTextKeys.PreviewAgree), Object = T(language, PanelsTextKeys.PreviewObject) },
        });
    }

    private static int SeatOrder(string seat) => seat switch { PanelSeat.Facilitator => 0, PanelSeat.LineManager => 1, _ => 2 };

    private string T(string language, string key, params object[] args) => texts.Get(key, language, args);
}

/// <summary>What the inbrenger's preview card says they did, if anything.</summary>
internal enum PreviewAnswer
{
    None,
    Agreed,
    Objected,
    Closed,
}
