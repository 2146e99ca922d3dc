using System.Text.Json.Nodes;
using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Signals.Handlers;

/// <summary>The owner's weekly view of their open signals that a behandelaar works on: who, status, due date, last update.</summary>
internal sealed class HandlerDigestCards(CardTemplateStore templates, Texts texts, WorkingDayCalendar calendar, TimeProvider clock)
{
    public JsonObject Render(IReadOnlyList<Signal> signals, string language)
    {
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var today = calendar.LocalDate(clock.GetUtcNow());
        return templates.Bind(HandlerCardNames.Digest, new
        {
            Heading = T(SignalsHandlersTextKeys.SignalHandlerDigestHeading, signals.Count),
            Intro = T(SignalsHandlersTextKeys.SignalHandlerDigestIntro),
            Signals = signals.OrderBy(s => s.DueDate).ThenBy(s => s.Reference, StringComparer.Ordinal).Select(s => new
            {
                Text = T(SignalsHandlersTextKeys.SignalHandlerDigestLine, s.Reference, s.Title, s.HandlerName ?? "", T(SignalsTextKeys.SignalStatusPrefix + s.Status),
                    Texts.Day(s.DueDate, language), Texts.Day(calendar.LocalDate(s.LastOwnerUpdateAt), language)),
                Overdue = today > s.DueDate,
                OverdueText = T(SignalsHandlersTextKeys.SignalHandlerDigestOverdue),
            }),
            Footer = T(SignalsHandlersTextKeys.SignalHandlerDigestFooter),
        });
    }
}
