using System.Text.Json.Nodes;
using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;
using CasuistiekBot.Signals.Handlers;

namespace CasuistiekBot.Signals;

/// <summary>
/// The list "mijn signalen" answers with: each open signal's reference, title, status and due date, overdue ones marked.
/// Teams refreshes it for the person it was made for (<see cref="MySignalsListHandler"/>), so a signal they have since
/// updated shows its new status.
/// </summary>
internal sealed class MySignalsCard(CardTemplateStore templates, Texts texts, WorkingDayCalendar calendar, TimeProvider clock)
{
    public JsonObject Render(IReadOnlyList<Signal> signals, string aadObjectId, string? teamsUserId, string language)
    {
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var today = calendar.LocalDate(clock.GetUtcNow());
        return templates.Bind(SignalCardNames.MySignals, new
        {
            HasRefresh = teamsUserId is not null,
            RefreshUserIds = teamsUserId is null ? [] : new[] { teamsUserId },
            Heading = T(SignalsTextKeys.SignalMineHeading),
            Summary = signals.Count == 0 ? T(SignalsTextKeys.SignalMineNone) : T(SignalsTextKeys.SignalMineSummary, signals.Count),
            Cards = signals.Count > MySignals.MaxCards ? T(SignalsTextKeys.SignalMineSomeCards, MySignals.MaxCards) : T(SignalsTextKeys.SignalMineCards),
            Signals = signals.Select(s => new
            {
                s.Reference,
                s.Title,
                Status = T(SignalsTextKeys.SignalStatusPrefix + s.Status),
                Due = T(SignalsTextKeys.SignalMineDue, Texts.Day(s.DueDate, language)),
                Overdue = today > s.DueDate,
                OverdueText = T(SignalsTextKeys.SignalOverviewOverdue),
                Offered = !s.IsOwnedBy(aadObjectId),
                OfferedText = s.IsHandledBy(aadObjectId) ? T(SignalsHandlersTextKeys.SignalHandlerMine, s.OwnerName) : T(SignalsTextKeys.SignalMineOffered, s.OwnerName),
            }),
        });
    }
}
