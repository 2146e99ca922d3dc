using System.Text.Json.Nodes;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Signals;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Sessions;

/// <summary>
/// The coordinators' outcome cards (choosing the casus, the outcome form, the recorded outcome) and the action-point
/// card for its owner. None of them names the author of the casus: the outcome is about the casus, not about them.
/// </summary>
internal sealed class OutcomeCards(
    CardTemplateStore templates, SignalForms signalForms, OwnerDirectory owners, DueDates dates, IOptions<SessionOptions> options,
    WorkingDayCalendar calendar, Texts texts,
    ChannelLanguage channel)
{
    private string Language => channel.Value;
    private const int StoryLength = 400;

    public JsonObject Pick(IReadOnlyList<Casus> scheduled) => templates.Bind(SessionCardNames.Pick, new
    {
        Title = T(SessionsTextKeys.SessionPickTitle),
        Intro = T(SessionsTextKeys.SessionPickIntro),
        Label = T(SessionsTextKeys.SessionPickLabel),
        Required = T(SignalsTextKeys.SessionLabelRequired),
        Open = T(SessionsTextKeys.SessionPickOpen),
        Cases = scheduled.Select(c => new { Title = $"{c.Reference} · {Clip(c.Story, 80)}", Value = c.Id.ToString() }),
    });

    public async Task<JsonObject> FormAsync(Casus casus, string sharedView, OutcomeDraft draft, CancellationToken cancellationToken)
    {
        var actionOwners = await owners.ChoicesAsync(OwnerKind.ActionPoint, cancellationToken);
        var signal = await signalForms.BuildAsync("", SessionsTextKeys.SessionLabelAddSignal, cancellationToken);
        return templates.Bind(SessionCardNames.Outcome, new
        {
            CasusId = casus.Id.ToString(),
            casus.Version,
            Nonce = CardNonce.New(),
            Draft = draft.Serialize(),
            Title = T(SessionsTextKeys.SessionFormTitle, casus.Reference),
            StatusLabel = T(LocalizationTextKeys.StatusPrefix + casus.Status),
            Story = Clip(casus.Story, StoryLength),
            SharedView = sharedView,
            ActionPointsAny = draft.ActionPoints.Count > 0,
            ActionPoints = draft.ActionPoints.Select((p, i) => new { Line = T(SessionsTextKeys.SessionFormActionLine, i + 1, p.Text, p.OwnerName, Date(p.Due)) }),
            SignalsAny = draft.Signals.Count > 0,
            Signals = draft.Signals.Select(s => new { Line = T(SessionsTextKeys.SessionFormSignalLine, s.Title, signalForms.CategoryName(s.Category), s.OwnerName, Date(s.Due)) }),
            CanAddActionPoint = draft.ActionPoints.Count < options.Value.MaxActionPoints,
            CanAddSignal = draft.Signals.Count < options.Value.MaxSignals,
            Action = new
            {
                HasOwnerChoices = actionOwners is not null,
                Owners = actionOwners ?? [],
                OwnerSearch = actionOwners is null,
                Due = DueDates.Format(dates.Proposed(options.Value.ActionPointDueWorkingDays)),
                Labels = new { Owner = T(SessionsTextKeys.SessionLabelActionOwner), OwnerSearch = T(SignalsTextKeys.SessionLabelOwnerSearch) },
            },
            Signal = signal,
            Labels = Labels(),
        });
    }

    public JsonObject Summary(Casus casus, SessionOutcome outcome, IReadOnlyList<ActionPoint> points, IReadOnlyList<Signal> signals) =>
        templates.Bind(SessionCardNames.Summary, new
        {
            CasusId = casus.Id.ToString(),
            casus.Version,
            Title = T(SessionsTextKeys.SessionSummaryTitle, casus.Reference),
            Recorded = T(SessionsTextKeys.SessionSummaryRecorded, outcome.RecordedByName, DateTime(outcome.RecordedAt)),
            StatusLabel = T(LocalizationTextKeys.StatusPrefix + casus.Status),
            outcome.SharedView,
            ActionPointsAny = points.Count > 0,
            ActionPoints = points.Select(p => new
            {
                Line = p.Status == ActionPointStatus.Done
                    ? T(SessionsTextKeys.SessionSummaryActionDone, p.Number, p.Text, p.OwnerName, DateTime(p.DoneAt!.Value))
                    : T(SessionsTextKeys.SessionSummaryActionOpen, p.Number, p.Text, p.OwnerName, Date(p.DueDate)),
                Color = p.Status == ActionPointStatus.Done ? "Good" : "Default",
            }),
            SignalsAny = signals.Count > 0,
            Signals = signals.Select(s => new { Line = T(SessionsTextKeys.SessionSummarySignal, s.Reference, s.Title, s.OwnerName, Date(s.DueDate), T(SessionsTextKeys.SessionSignalStatusPrefix + s.Status)) }),
            Closed = casus.Status == CasusStatus.Closed,
            ClosedText = T(SessionsTextKeys.SessionSummaryClosed),
            CanClose = casus.Status == CasusStatus.Discussed,
            Labels = Labels(),
        });

    /// <summary>
    /// The owner's card; in the channel's language unless <paramref name="language"/> says otherwise (the owner's own).
    /// A reminder is the same card with, on top, why it is sent.
    /// </summary>
    public JsonObject ActionPointCard(Casus casus, ActionPoint point, string? language = null, string? reminder = null)
    {
        language ??= Language;
        string L(string key, params object[] args) => texts.Get(key, language, args);
        return ActionPointTemplate(point, language, L(SessionsTextKeys.ActionpointTitle, point.Number, casus.Reference), L(SessionsTextKeys.ActionpointIntro),
            reminder is null ? null : L(SessionsTextKeys.ActionpointReminder, reminder), point.Status == ActionPointStatus.Open);
    }

    /// <summary>
    /// The coordinators' notice that an action point is long overdue: the casus reference, the action point and its owner,
    /// never the author of the casus. Without the "Afgerond" button: only the owner marks it done.
    /// </summary>
    public JsonObject ActionPointEscalation(Casus casus, ActionPoint point, int daysOverdue) => ActionPointTemplate(point, Language,
        T(SessionsTextKeys.ActionpointEscalationTitle, point.Number, casus.Reference), T(SessionsTextKeys.ActionpointEscalationWhy, daysOverdue),
        T(SessionsTextKeys.ActionpointEscalationOverdue, daysOverdue), open: false);

    private JsonObject ActionPointTemplate(ActionPoint point, string language, string title, string intro, string? reminder, bool open)
    {
        string L(string key, params object[] args) => texts.Get(key, language, args);
        return templates.Bind(SessionCardNames.ActionPoint, new
        {
            ActionPointId = point.Id.ToString(),
            point.Version,
            HasReminder = reminder is not null,
            Reminder = reminder ?? "",
            Title = title,
            Intro = intro,
            point.Text,
            Facts = new[]
            {
                new { Label = L(SessionsTextKeys.ActionpointFactOwner), Value = point.OwnerName },
                new { Label = L(SessionsTextKeys.ActionpointFactDue), Value = Date(point.DueDate, language) },
            },
            Open = open,
            Done = point.Status == ActionPointStatus.Done,
            DoneText = point.DoneAt is { } at ? L(SessionsTextKeys.ActionpointDoneAt, DateTime(at, language)) : "",
            Labels = new { Done = L(SessionsTextKeys.ActionpointLabelDone) },
        });
    }

    public string Date(DateOnly date, string? language = null) => Texts.Day(date, language ?? Language);

    private object Labels() => new
    {
        SharedView = T(SessionsTextKeys.SessionLabelSharedView), SharedViewHint = T(SessionsTextKeys.SessionLabelSharedViewHint),
        ActionPoints = T(SessionsTextKeys.SessionLabelActionPoints), NoActionPoints = T(SessionsTextKeys.SessionLabelNoActionPoints),
        Signals = T(SessionsTextKeys.SessionLabelSignals), NoSignals = T(SessionsTextKeys.SessionLabelNoSignals),
        AddActionPoint = T(SessionsTextKeys.SessionLabelAddActionPoint), AddSignal = T(SessionsTextKeys.SessionLabelAddSignal),
        ActionText = T(SessionsTextKeys.SessionLabelActionText), Due = T(SignalsTextKeys.SessionLabelDue), Remove = T(SessionsTextKeys.SessionLabelRemove),
        Record = T(SessionsTextKeys.SessionLabelRecord), Required = T(SignalsTextKeys.SessionLabelRequired),
        Close = T(SessionsTextKeys.SessionLabelClose), CloseExplain = T(SessionsTextKeys.SessionLabelCloseExplain), CloseReason = T(SessionsTextKeys.SessionLabelCloseReason),
    };

    private string DateTime(DateTimeOffset at, string? language = null) => Texts.Moment(at, calendar.TimeZone, language ?? Language);

    private static string Clip(string text, int max) => text.Length > max ? text[..max] + "…" : text;

    private string T(string key, params object[] args) => texts.Get(key, Language, args);
}
