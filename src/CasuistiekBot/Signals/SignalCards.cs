using System.Globalization;
using System.Text.Json.Nodes;
using CasuistiekBot.Calendar;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;
using CasuistiekBot.Policy;
using CasuistiekBot.Reminders;
using CasuistiekBot.Signals.Handlers;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Signals;

/// <summary>
/// The signal card, one template for every copy: the owner's card, the offer to a new owner, reminders and the
/// read-only view. Only the actions the viewer can still take are shown; the refresh list makes Teams ask for the
/// current card whenever one of those people opens an old copy.
/// </summary>
internal sealed class SignalCards(CardTemplateStore templates, Texts texts, WorkingDayCalendar calendar, PolicyLaws laws, IOptions<ReminderOptions> options, TimeProvider clock)
{
    public JsonObject Render(SignalCardModel model)
    {
        var (signal, view, language) = (model.Signal, model.View, model.Language);
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var today = calendar.LocalDate(clock.GetUtcNow());
        var open = SignalStatus.IsOpen(signal.Status);
        var owner = view == SignalView.Owner && open && signal.Status != SignalStatus.Transferring;
        var working = owner || (view == SignalView.Handler && signal.HandlerAadObjectId is not null && open && signal.Status != SignalStatus.Transferring);
        var offered = view == SignalView.Offered && signal.Status == SignalStatus.Transferring;
        return templates.Bind(SignalCardNames.Owner, new
        {
            SignalId = signal.Id.ToString(),
            signal.Version,
            RefreshUserIds = model.RefreshUserIds,
            HasReminder = model.Reminder is not null,
            Reminder = model.Reminder is null ? "" : T(SignalsTextKeys.SignalCardReminder, model.Reminder),
            signal.Reference,
            signal.Title,
            StatusLabel = T(SignalsTextKeys.SignalStatusPrefix + signal.Status),
            Overdue = open && today > signal.DueDate,
            OverdueText = T(SignalsTextKeys.SignalCardOverdue, Texts.Day(signal.DueDate, language)),
            signal.Description,
            Why = model.SourceReference is null ? T(SignalsTextKeys.SignalCardWhy) : T(SignalsTextKeys.SignalCardWhy) + " " + T(SignalsTextKeys.SignalCardSource, model.SourceReference),
            Facts = new[]
            {
                new { Label = T(SignalsTextKeys.SignalFactCategory), Value = T(SignalsTextKeys.SignalCategoryPrefix + signal.Category) },
                new { Label = T(SignalsTextKeys.SignalFactOwner), Value = signal.OwnerMt is null ? signal.OwnerName : $"{signal.OwnerName} ({signal.OwnerMt})" },
                new { Label = T(SignalsHandlersTextKeys.SignalHandlerFact), Value = signal.HandlerName ?? "" },
                new { Label = T(SignalsTextKeys.SignalFactDue), Value = Texts.Day(signal.DueDate, language) },
                new { Label = T(SignalsTextKeys.SignalFactRegistered), Value = Texts.Day(calendar.LocalDate(signal.CreatedAt), language) },
                new { Label = T(SignalsTextKeys.SignalFactLastUpdate), Value = Texts.Day(calendar.LocalDate(signal.LastOwnerUpdateAt), language) },
                new { Label = T(PolicyTextKeys.PolicyLaw), Value = signal.Law is null ? "" : signal.PossiblyDiscriminatory ? $"{signal.Law} · {T(PolicyTextKeys.PolicyDiscriminatory)}" : signal.Law },
            }.Where(f => f.Value.Length > 0),
            HasNote = signal.LatestNote is not null,
            Note = T(SignalsTextKeys.SignalCardNote, signal.LatestNote ?? ""),
            HasSnooze = open && signal.SnoozedUntil is not null,
            Snooze = signal.SnoozedUntil is { } until ? T(SignalsTextKeys.SignalCardSnoozed, Texts.DatedMoment(until, calendar.TimeZone, language)) : "",
            HasTransfer = signal.Status == SignalStatus.Transferring,
            Transfer = offered ? T(SignalsTextKeys.SignalCardOffered, signal.OwnerName) : T(SignalsTextKeys.SignalCardTransferring, signal.TransferToName ?? ""),
            Closed = !open,
            ClosedText = !open ? T(SignalsTextKeys.SignalCardClosed, Texts.Day(calendar.LocalDate(signal.ClosedAt ?? signal.UpdatedAt), language), T(SignalsTextKeys.SignalResolutionPrefix + signal.Resolution)) : "",
            ResolutionText = T(SignalsTextKeys.SignalCardResolutionText, signal.ResolutionText ?? ""),
            HasHistory = model.History is { Count: > 0 },
            History = (model.History ?? []).Select(h => new
            {
                Text = T(SignalsTextKeys.SignalHistoryLine, Texts.Day(calendar.LocalDate(h.At), language),
                    texts.Keys.Contains(SignalsTextKeys.SignalHistoryPrefix + h.Action) ? T(SignalsTextKeys.SignalHistoryPrefix + h.Action) : h.Action),
            }),
            Can = new
            {
                PickUp = working && signal.Status == SignalStatus.New,
                Update = working,
                Transfer = owner && model.People.Count > 0,
                Snooze = working,
                Close = working,
                Law = view == SignalView.Owner || model.Keeper,
                Accept = offered,
                Decline = offered,
            },
            Handler = new
            {
                HasBanner = view == SignalView.Handler && open,
                Banner = T(SignalsHandlersTextKeys.SignalHandlerCardBanner, signal.OwnerName),
                CanAssign = owner,
                CanRemove = owner && signal.HandlerAadObjectId is not null,
                HasChoices = model.HandlerChoices is not null,
                Search = model.HandlerChoices is null,
                Choices = model.HandlerChoices ?? [],
                Labels = new
                {
                    Assign = T(signal.HandlerAadObjectId is null ? SignalsHandlersTextKeys.SignalHandlerLabelAssign : SignalsHandlersTextKeys.SignalHandlerLabelChange),
                    Remove = T(SignalsHandlersTextKeys.SignalHandlerLabelRemove),
                    Choose = T(SignalsHandlersTextKeys.SignalHandlerLabelChoose),
                    Search = T(SignalsHandlersTextKeys.SignalHandlerLabelSearch),
                },
            },
            People = model.People.Where(p => !signal.IsOwnedBy(p.AadObjectId)).Select(p => new { Id = p.AadObjectId, Name = p.Mt is null ? p.Name : $"{p.Name} ({p.Mt})" }),
            SnoozeChoices = SnoozeChoices(language),
            Policy = new
            {
                Law = signal.Law ?? "",
                Laws = laws.All.Select(l => new { Value = l, Title = l }),
                Discriminatory = signal.PossiblyDiscriminatory ? "true" : "false",
                LawLabel = T(PolicyTextKeys.PolicyLaw),
                DiscriminatoryLabel = T(PolicyTextKeys.PolicyDiscriminatory),
                Title = T(SignalsTextKeys.SignalLabelLaw),
                Save = T(PolicyTextKeys.PolicySave),
            },
            Resolutions = SignalResolution.All.Select(r => new { Value = r, Title = T(SignalsTextKeys.SignalResolutionPrefix + r) }),
            Labels = new
            {
                PickUp = T(SignalsTextKeys.SignalLabelPickUp), Update = T(SignalsTextKeys.SignalLabelUpdate), Transfer = T(SignalsTextKeys.SignalLabelTransfer),
                Snooze = T(SignalsTextKeys.SignalLabelSnooze), Close = T(SignalsTextKeys.SignalLabelClose), Accept = T(SignalsTextKeys.SignalLabelAccept),
                Decline = T(SignalsTextKeys.SignalLabelDecline), Note = T(SignalsTextKeys.SignalLabelNote), NewDue = T(SignalsTextKeys.SignalLabelNewDue),
                Person = T(SignalsTextKeys.SignalLabelPerson), SnoozeFor = T(SignalsTextKeys.SignalLabelSnoozeFor), Resolution = T(SignalsTextKeys.SignalLabelResolution),
                ResolutionText = T(SignalsTextKeys.SignalLabelResolutionText), Motivation = T(SignalsTextKeys.SignalLabelMotivation),
                Required = T(SignalsTextKeys.SignalLabelRequired), Send = T(SignalsTextKeys.SignalLabelSend), History = T(SignalsTextKeys.SignalLabelHistory),
            },
        });
    }

    // Offered in working days, as far as the configured maximum allows.
    private IEnumerable<object> SnoozeChoices(string language) =>
        new[] { 2, 5, 10, 15 }.Where(days => TimeSpan.FromDays(days * 7 / 5.0) <= options.Value.MaxSnooze)
            .Select(days => new { Value = days.ToString(CultureInfo.InvariantCulture), Title = texts.Get(SignalsTextKeys.SignalLabelWorkingDays, language, days) });
}
