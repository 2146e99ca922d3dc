using System.Globalization;
using System.Text.Json.Nodes;
using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;
using CasuistiekBot.Reminders;
using CasuistiekBot.Signals;

namespace CasuistiekBot.Signals;

/// <summary>The card the owner's DG gets when a signal stays open past its due date; it refreshes to the signal's current state.</summary>
internal sealed class EscalationCards(CardTemplateStore templates, Texts texts, WorkingDayCalendar calendar)
{
    public JsonObject Render(Signal signal, IReadOnlyList<string> refreshUserIds, string language)
    {
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var open = SignalStatus.IsOpen(signal.Status);
        return templates.Bind(SignalCardNames.Escalation, new
        {
            SignalId = signal.Id.ToString(),
            RefreshUserIds = refreshUserIds,
            Heading = open ? T("signal.escalation.heading") : T("signal.escalation.closedHeading"),
            Intro = T("signal.escalation.intro", signal.OwnerName, signal.OverdueReminders, Texts.Day(signal.DueDate, language)),
            signal.Reference,
            signal.Title,
            signal.Description,
            Facts = new[]
            {
                new { Label = T("signal.fact.status"), Value = T("signal.status." + signal.Status) },
                new { Label = T("signal.fact.owner"), Value = signal.OwnerMt is null ? signal.OwnerName : $"{signal.OwnerName} ({signal.OwnerMt})" },
                new { Label = T("signal.fact.due"), Value = Texts.Day(signal.DueDate, language) },
                new { Label = T("signal.fact.lastUpdate"), Value = Texts.Day(calendar.LocalDate(signal.LastOwnerUpdateAt), language) },
                new { Label = T("signal.fact.reminders"), Value = signal.RemindersSent.ToString(CultureInfo.InvariantCulture) },
            },
            HasNote = signal.LatestNote is not null,
            Note = T("signal.card.note", signal.LatestNote ?? ""),
            Ask = T("signal.escalation.ask", signal.OwnerName),
        });
    }
}
