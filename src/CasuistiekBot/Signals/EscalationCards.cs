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
            Heading = open ? T(SignalsTextKeys.SignalEscalationHeading) : T(SignalsTextKeys.SignalEscalationClosedHeading),
            Intro = T(SignalsTextKeys.SignalEscalationIntro, signal.OwnerName, signal.OverdueReminders, Texts.Day(signal.DueDate, language)),
            signal.Reference,
            signal.Title,
            signal.Description,
            Facts = new[]
            {
                new { Label = T(SignalsTextKeys.SignalFactStatus), Value = T(SignalsTextKeys.SignalStatusPrefix + signal.Status) },
                new { Label = T(SignalsTextKeys.SignalFactOwner), Value = signal.OwnerMt is null ? signal.OwnerName : $"{signal.OwnerName} ({signal.OwnerMt})" },
                new { Label = T(SignalsTextKeys.SignalFactDue), Value = Texts.Day(signal.DueDate, language) },
                new { Label = T(SignalsTextKeys.SignalFactLastUpdate), Value = Texts.Day(calendar.LocalDate(signal.LastOwnerUpdateAt), language) },
                new { Label = T(SignalsTextKeys.SignalFactReminders), Value = signal.RemindersSent.ToString(CultureInfo.InvariantCulture) },
            },
            HasNote = signal.LatestNote is not null,
            Note = T(SignalsTextKeys.SignalCardNote, signal.LatestNote ?? ""),
            Ask = T(SignalsTextKeys.SignalEscalationAsk, signal.OwnerName),
        });
    }
}
