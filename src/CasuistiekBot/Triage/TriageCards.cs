using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Intake;
using CasuistiekBot.Localization;
using CasuistiekBot.Routing;
using CasuistiekBot.Safety;
using CasuistiekBot.Signals;
using CasuistiekBot.Threads;

namespace CasuistiekBot.Triage;

/// <summary>
/// The triage card, one base card for everyone in the coordinators' channel: the scrubbed casus, advice with reasons,
/// age against the deadline, questions and answers, and who decided what and when. The author's name shows for a named
/// casus; for a confidential one only in a coordinator's own view (<see cref="TriageAudience"/>); never for an anonymous one.
/// </summary>
internal sealed class TriageCards(
    CardTemplateStore templates, Texts texts, WorkingDayCalendar calendar, RoutingTable table, TriageAdvice advice, TriageViewSeal seal, TimeProvider clock, ChannelLanguage channel,
    TriagePolicyPart policy)
{
    private string Language => channel.Value;
    private const int StoryLength = 1500;

    public JsonObject Render(
        Casus casus, TriageDecision? decision, IReadOnlyList<CasusQuestion> questions, TriageAudience audience, SignalFormModel? signalForm = null,
        IReadOnlyList<CasusAddition>? additions = null, IReadOnlyList<SimilarItem>? similar = null)
    {
        additions ??= [];
        var confidential = casus.Visibility == CasusVisibility.Confidential;
        var today = calendar.LocalDate(clock.GetUtcNow());
        var received = calendar.LocalDate(casus.CreatedAt);
        var due = calendar.LocalDate(casus.TriageDueAt);
        var open = decision is null && CasusStatus.IsOpen(casus.Status) && casus.Status != CasusStatus.Withdrawn;
        var routes = JsonSerializer.Deserialize<List<StoredRoute>>(casus.RoutesJson, BotJson.Options) ?? [];
        return templates.Bind(TriageCardNames.Triage, new
        {
            CasusId = casus.Id.ToString(),
            casus.Version,
            Nonce = CardNonce.New(),
            HasRefresh = confidential && audience.RefreshUserIds.Count > 0,
            audience.RefreshUserIds,
            ViewSeal = confidential ? seal.For(casus.Id) : "",
            CanReveal = confidential && audience.OffersReveal && !audience.ShowsConfidentialName,
            RevealLabel = T(LocalizationTextKeys.TriageAuthorReveal),
            casus.Reference,
            Received = T(LocalizationTextKeys.TriageReceived, Date(received), calendar.WorkingDaysBetween(received, today), Date(due)),
            StatusLabel = texts.Get(LocalizationTextKeys.StatusPrefix + casus.Status, Language),
            Overdue = open && today > due,
            OverdueText = T(LocalizationTextKeys.TriageOverdue, Date(due)),
            casus.Urgent,
            UrgentText = Urgency(casus, due),
            Safety = casus.SafetyConcern,
            SafetyText = T(LocalizationTextKeys.TriageSafety),
            StoryLabel = T(LocalizationTextKeys.TriageStory),
            Story = casus.Story.Length > StoryLength ? casus.Story[..StoryLength] + "…" : casus.Story,
            Told = Told(casus),
            Facts = Facts(casus, audience.ShowsConfidentialName),
            RoutesLabel = T(LocalizationTextKeys.TriageRoutes),
            Routes = advice.Lines(routes, Language),
            WhyLabel = T(TriageTextKeys.TriageWhy),
            WhyRoutes = advice.Reasons(routes, Language),
            HasThemes = casus.Themes.Length > 0,
            ThemesText = T(TriageTextKeys.TriageWhyThemes, advice.Themes(casus.Themes, Language)),
            HasQuestions = questions.Count > 0,
            QuestionsLabel = T(LocalizationTextKeys.TriageQuestions),
            Questions = questions.Select(q => new
            {
                Text = T(LocalizationTextKeys.TriageQuestionLine, q.AskedByName, DateTime(q.AskedAt), q.Question,
                    q.Answer is null ? T(LocalizationTextKeys.TriageQuestionWaiting) : T(LocalizationTextKeys.TriageQuestionAnswer, q.Answer)),
            }),
            HasAdditions = additions.Count > 0,
            AdditionsLabel = T(TriageTextKeys.TriageAdditions),
            Additions = additions.Select(a => new { Text = T(TriageTextKeys.TriageAdditionLine, Date(DateOnly.FromDateTime(a.AddedOn.UtcDateTime)), a.Text) }),
            Policy = policy.Render(casus, similar ?? []),
            Decided = decision is not null,
            Decision = decision is null ? "" : T(LocalizationTextKeys.TriageDecisionPrefix + decision.Decision, decision.DecidedByName, DateTime(decision.DecidedAt),
                decision.Decision is TriageDecisions.Rejected or TriageDecisions.Signal ? decision.Motivation ?? "" : RouteName(decision.Route ?? "")),
            Open = open,
            // A referral to the signals route is a signal registration, with an owner and a due date: it has its own form.
            CanSignal = open && signalForm is not null && table.Find(TriageSignal.Route) is not null,
            Signal = signalForm,
            SignalTitle = routes.Take(TriageAdvice.Shown).Any(r => r.Route == TriageSignal.Route) ? T(TriageTextKeys.SessionLabelSignalActionAdvised) : T(TriageTextKeys.SessionLabelSignalAction),
            ReferRoutes = table.Routes.Where(r => r.Id != "spreekuur" && (signalForm is null || r.Id != TriageSignal.Route)).Select(r => new { r.Id, Name = RouteName(r.Id) }),
            Labels = new
            {
                Spreekuur = T(LocalizationTextKeys.TriageLabelSpreekuur), Refer = T(LocalizationTextKeys.TriageLabelRefer), Ask = T(LocalizationTextKeys.TriageLabelAsk),
                Reject = T(LocalizationTextKeys.TriageLabelReject), Route = T(LocalizationTextKeys.TriageLabelRoute), ReferWhy = T(LocalizationTextKeys.TriageLabelReferWhy),
                Question = T(LocalizationTextKeys.TriageLabelQuestion), RejectWhy = T(LocalizationTextKeys.TriageLabelRejectWhy), Required = T(LocalizationTextKeys.TriageLabelRequired),
            },
        });
    }

    public string RouteName(string routeId) => advice.RouteName(routeId, Language);

    private IEnumerable<object> Facts(Casus casus, bool showsConfidentialName)
    {
        var author = casus.Visibility switch
        {
            CasusVisibility.Named => casus.AuthorName ?? "",
            CasusVisibility.Confidential when showsConfidentialName && casus.AuthorName is { Length: > 0 } name => T(LocalizationTextKeys.TriageAuthorConfidentialNamed, name),
            CasusVisibility.Confidential => T(LocalizationTextKeys.TriageAuthorConfidential),
            _ => T(LocalizationTextKeys.TriageAuthorAnonymous),
        };
        yield return new { Label = T(LocalizationTextKeys.TriageFactWish), Value = texts.Get(LocalizationTextKeys.WishPrefix + casus.Wish, Language) };
        yield return new { Label = T(LocalizationTextKeys.TriageFactDeadline), Value = casus.Deadline is { } d ? Date(d) : texts.Get(LocalizationTextKeys.IntakeNoDeadline, Language) };
        if (!string.IsNullOrWhiteSpace(casus.OrgUnit)) yield return new { Label = T(LocalizationTextKeys.TriageFactUnit), Value = casus.OrgUnit };
        yield return new { Label = T(LocalizationTextKeys.TriageFactAuthor), Value = author };
    }

    /// <summary>
    /// What the author wrote besides the story, each under its own heading. A part the story already holds word for
    /// word (the intake reads what chafes from the story itself) is not repeated.
    /// </summary>
    private IEnumerable<object> Told(Casus casus)
    {
        foreach (var (key, value) in new[]
        {
            (TriageTextKeys.TriageToldSituation, casus.Situation),
            (LocalizationTextKeys.TriageChafes, casus.Chafes),
            (LocalizationTextKeys.TriageFactTried, casus.Tried),
        })
        {
            if (string.IsNullOrWhiteSpace(value) || casus.Story.Contains(value.Trim(), StringComparison.Ordinal)) continue;
            yield return new { Label = T(key), Value = value.Length > StoryLength ? value[..StoryLength] + "…" : value };
        }
    }

    private string Urgency(Casus casus, DateOnly due) => casus.AcuteDanger is { Length: > 0 } kinds
        ? T(LocalizationTextKeys.TriageUrgentDanger, string.Join(", ", kinds.Split(',').Select(k => T(SafetyTextKeys.SafetyKindPrefix + k))), Date(due))
        : T(LocalizationTextKeys.TriageUrgentDeadline, casus.Deadline is { } deadline ? Date(deadline) : "", Date(due));

    private string T(string key, params object[] args) => texts.Get(key, Language, args);

    private string Date(DateOnly date) => Texts.Day(date, Language);

    private string DateTime(DateTimeOffset at) => Texts.Moment(at, calendar.TimeZone, Language);
}
