using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Roles;
using CasuistiekBot.Routing;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Threads;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Triage;

/// <summary>
/// The coordinators' buttons on a triage card. Each one checks who acts, reloads the casus, refuses a stale or forged
/// click, changes the casus with an audit entry, queues the updated card and the author's message in the same
/// transaction, and answers with the current card. Two coordinators at once: the second hears who was first.
/// </summary>
internal sealed class TriageActionHandler(
    CoordinatorGuard coordinators,
    IDbContextFactory<CasuistiekDbContext> databases,
    TriagePublisher publisher,
    AuthorMessenger authors,
    TriageCards cards,
    TriageAudiences audiences,
    QuestionCards questionCards,
    RoutingTable table,
    PersonalDataScrubber scrubber,
    IEnumerable<ISpreekuurListener> spreekuurListeners,
    TriageSignal signals,
    SignalForms signalForms,
    TimeProvider clock,
    PersonTime time,
    Texts texts) : ICardActionHandler
{
    private const int MaxText = 1000;

    public IReadOnlyCollection<string> Verbs { get; } = ["triage.spreekuur", "triage.refer", "triage.ask", "triage.reject", "triage.signal"];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        // A question decides nothing, so one that lost a race with another question (both moved the casus' version) is
        // simply asked again on the fresh casus: every question reaches the author.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await HandleOnceAsync(turn, action, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (action.Verb == "triage.ask" && attempt < 3)
            {
            }
        }
    }

    private async Task<InvokeResponse?> HandleOnceAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var coordinator = turn.Activity.From!;
        if (await coordinators.RefuseActionAsync(turn, cancellationToken) is { } refused) return refused;

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await CasusForAction.FindForChangeAsync(db, action, cancellationToken) is not { } casus) return texts.Answer(turn, LocalizationTextKeys.TriageUnknownCasus);
        var casusId = casus.Id;
        var decision = await db.Set<TriageDecision>().FirstOrDefaultAsync(d => d.CasusId == casusId, cancellationToken);
        // A double click or a replay of what this coordinator already did gets the current card, and nothing happens twice.
        var nonce = CardNonce.KeyOf(action, coordinator.AadObjectId, action.Verb == "triage.ask" ? action.GetString("question")?.Trim() : null);
        if (nonce is not null && (decision?.Nonce == nonce || await db.Set<CasusQuestion>().AnyAsync(q => q.CasusId == casusId && q.Nonce == nonce, cancellationToken)))
        {
            return await CurrentCardAsync(db, casus, decision, action, cancellationToken);
        }
        if (decision is not null) return AlreadyHandled(turn, decision);
        if (!CasusStatus.IsOpen(casus.Status) || casus.Status is CasusStatus.Scheduled or CasusStatus.Discussed) return texts.Answer(turn, LocalizationTextKeys.TriageNotOpen);
        // A decision needs the version the card showed; a card that is not current is not acted on.
        if (action.Verb != "triage.ask" && !action.ShowsVersion(casus.Version)) return texts.Answer(turn, LocalizationTextKeys.TriageNotOpen);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var actor = coordinator.AadObjectId!;
        Outcome outcome;
        try
        {
            outcome = await DoAsync(db, casus, action, coordinator, nonce, now, turn, cancellationToken);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception) && nonce is not null)
        {
            return await CurrentCardAsync(null, casus, null, action, cancellationToken);   // the same click, racing itself
        }
        if (outcome.Refusal is { } refusal) return refusal;
        if (outcome.Decision is { } decided) decided.Nonce = nonce;

        Audit.Casus(db, now, actor, casus, outcome.AuditAction, outcome.AuditDetails ?? outcome.Decision?.Route);
        if (outcome.AuthorMessage is { } message)
        {
            // A question is keyed by itself: every question reaches the author, however many come before a decision.
            var key = outcome.NewQuestion is { } question ? $"vraag:{question.Id}" : outcome.AuditAction + ":" + casus.Version;
            var summary = outcome.NewQuestion is { } newQuestion ? texts.Get(LocalizationTextKeys.AuthorNewsQuestion, casus.Language, newQuestion.Question) : null;
            await authors.EnqueueAsync(db, casus, key, message, cancellationToken, summary);
        }
        var questions = await db.Set<CasusQuestion>().Where(q => q.CasusId == casus.Id).OrderBy(q => q.Id).ToListAsync(cancellationToken);
        // The question was saved early for its id, so the query may already hold it.
        if (outcome.NewQuestion is { } asked && !questions.Contains(asked)) questions.Add(asked);
        await publisher.PublishAsync(db, casus, outcome.Decision, questions, cancellationToken);
        try
        {
            // Inside the try: a listener may save early, and that is where a concurrent decision shows up first.
            if (outcome.Decision?.Decision == TriageDecisions.Spreekuur)
            {
                foreach (var listener in spreekuurListeners) await listener.OnSpreekuurAsync(db, casus, actor, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another coordinator's decision committed first: say who, change nothing.
            if (await FindDecisionAsync(casusId, cancellationToken) is { } first)
            {
                return nonce is not null && first.Nonce == nonce ? await CurrentCardAsync(null, casus, first, action, cancellationToken) : AlreadyHandled(turn, first);
            }
            throw;
        }
        var form = outcome.Decision is null ? await signalForms.BuildAsync(casus.Story, TriageTextKeys.SessionLabelSignalAction, cancellationToken) : null;
        return InvokeResponse.Card(cards.Render(casus, outcome.Decision, questions, await AudienceAsync(db, casus, action, cancellationToken), form,
            await CasusAdditions.ForAsync(db, casus.Id, cancellationToken), await ThreadLinks.OfAsync(db, casus.Id, cancellationToken)));
    }

    // An invoke's answer is shown only to the coordinator who clicked; a message-back's answer lands in the open channel.
    private Task<TriageAudience> AudienceAsync(CasuistiekDbContext db, Casus casus, CardAction action, CancellationToken cancellationToken) =>
        action.IsInvoke ? audiences.CoordinatorAsync(db, casus, cancellationToken) : audiences.ChannelAsync(db, casus, cancellationToken);

    private async Task<Outcome> DoAsync(
        CasuistiekDbContext db, Casus casus, CardAction action, ChannelAccount coordinator, string? nonce, DateTimeOffset now, ITurnContext turn, CancellationToken cancellationToken) =>
        action.Verb switch
        {
            "triage.ask" => await AskAsync(db, casus, action, coordinator, nonce, now, turn, cancellationToken),
            "triage.spreekuur" => Decide(db, casus, TriageDecisions.Spreekuur, "spreekuur", null, coordinator, now, turn),
            "triage.refer" => Refer(db, casus, action, coordinator, now, turn),
            "triage.signal" => await SignalAsync(db, casus, action, coordinator, now, turn, cancellationToken),
            _ => Reject(db, casus, action, coordinator, now, turn),
        };

    private async Task<InvokeResponse> CurrentCardAsync(CasuistiekDbContext? db, Casus casus, TriageDecision? decision, CardAction action, CancellationToken cancellationToken)
    {
        await using var fresh = db is null ? await databases.CreateDbContextAsync(cancellationToken) : null;
        var source = db ?? fresh!;
        var current = db is null
            ? await CasusLookup.FindAsync(source, casus.Id, cancellationToken) ?? throw new InvalidOperationException($"Casus {casus.Id} does not exist.")
            : casus;
        decision ??= await source.Set<TriageDecision>().AsNoTracking().FirstOrDefaultAsync(d => d.CasusId == casus.Id, cancellationToken);
        var questions = await source.Set<CasusQuestion>().AsNoTracking().Where(q => q.CasusId == casus.Id).OrderBy(q => q.Id).ToListAsync(cancellationToken);
        var form = decision is null ? await signalForms.BuildAsync(current.Story, TriageTextKeys.SessionLabelSignalAction, cancellationToken) : null;
        return InvokeResponse.Card(cards.Render(current, decision, questions, await AudienceAsync(source, current, action, cancellationToken), form,
            await CasusAdditions.ForAsync(source, casus.Id, cancellationToken), await ThreadLinks.OfAsync(source, casus.Id, cancellationToken)));
    }

    private async Task<Outcome> SignalAsync(CasuistiekDbContext db, Casus casus, CardAction action, ChannelAccount coordinator, DateTimeOffset now, ITurnContext turn, CancellationToken cancellationToken)
    {
        var registered = await signals.RegisterAsync(db, casus, action, coordinator.AadObjectId!, cancellationToken);
        if (registered.Refusal is { } refusal) return new Outcome(texts.Answer(turn, refusal));
        var outcome = Decide(db, casus, TriageDecisions.Signal, TriageSignal.Route, registered.Summary, coordinator, now, turn);
        return outcome with { AuditAction = "als-signaal-geregistreerd", AuditDetails = registered.Signal!.Reference, AuthorMessage = registered.AuthorMessage };
    }

    private async Task<Outcome> AskAsync(
        CasuistiekDbContext db, Casus casus, CardAction action, ChannelAccount coordinator, string? nonce, DateTimeOffset now, ITurnContext turn, CancellationToken cancellationToken)
    {
        if (Required(action, "question", turn, LocalizationTextKeys.TriageLabelQuestion) is { } missing) return new Outcome(missing);
        var question = new CasusQuestion
        {
            CasusId = casus.Id, AskedByName = coordinator.Name ?? "", AskedByAadObjectId = coordinator.AadObjectId!, AskedAt = now,
            Question = Scrub(action.GetString("question")!), Nonce = nonce,
        };
        db.Add(question);
        await db.SaveChangesAsync(cancellationToken);   // the question's id goes on the author's card
        var asked = casus.Ask(now);
        if (!asked.Succeeded) return new Outcome(texts.Answer(turn, LocalizationTextKeys.TriageNotOpen));
        var card = MessageFactory.Card(questionCards.Render(casus, question));
        return new Outcome(null, null, "vraag-gesteld", card, question);
    }

    private Outcome Refer(CasuistiekDbContext db, Casus casus, CardAction action, ChannelAccount coordinator, DateTimeOffset now, ITurnContext turn)
    {
        var route = action.GetString("route");
        if (route is null || route == "spreekuur" || table.Find(route) is not { } definition) return new Outcome(texts.Answer(turn, LocalizationTextKeys.TriageUnknownRoute));
        if (route == TriageSignal.Route) return new Outcome(texts.Answer(turn, TriageTextKeys.SessionTriageUseSignal));
        if (Required(action, "motivation", turn, LocalizationTextKeys.TriageLabelReferWhy) is { } missing) return new Outcome(missing);
        var motivation = Scrub(action.GetString("motivation")!);
        var outcome = Decide(db, casus, TriageDecisions.Referred, route, motivation, coordinator, now, turn);
        var contact = definition.Contact?.Get(casus.Language) ?? "";
        return outcome with { AuthorMessage = MessageFactory.Text(texts.Get(LocalizationTextKeys.AuthorReferred, casus.Language, casus.Reference, cards.RouteName(route), motivation, contact)) };
    }

    private Outcome Reject(CasuistiekDbContext db, Casus casus, CardAction action, ChannelAccount coordinator, DateTimeOffset now, ITurnContext turn)
    {
        if (Required(action, "reason", turn, LocalizationTextKeys.TriageLabelRejectWhy) is { } missing) return new Outcome(missing);
        var motivation = Scrub(action.GetString("reason")!);
        var outcome = Decide(db, casus, TriageDecisions.Rejected, null, motivation, coordinator, now, turn);
        return outcome with { AuthorMessage = MessageFactory.Text(texts.Get(LocalizationTextKeys.AuthorRejected, casus.Language, casus.Reference, motivation)) };
    }

    private Outcome Decide(CasuistiekDbContext db, Casus casus, string kind, string? route, string? motivation, ChannelAccount coordinator, DateTimeOffset now, ITurnContext turn)
    {
        var decision = new TriageDecision
        {
            CasusId = casus.Id, Decision = kind, Route = route, Motivation = motivation,
            DecidedByName = coordinator.Name ?? "", DecidedByAadObjectId = coordinator.AadObjectId!, DecidedAt = now,
        };
        var moved = casus.Decide(kind switch
        {
            TriageDecisions.Referred or TriageDecisions.Signal => TriageVerdict.Referred,
            TriageDecisions.Rejected => TriageVerdict.Rejected,
            _ => TriageVerdict.Spreekuur,
        }, now);
        if (!moved.Succeeded) return new Outcome(texts.Answer(turn, LocalizationTextKeys.TriageNotOpen));
        db.Add(decision);
        var message = kind == TriageDecisions.Spreekuur ? MessageFactory.Text(texts.Get(LocalizationTextKeys.AuthorSpreekuur, casus.Language, casus.Reference)) : null;
        return new Outcome(null, decision, kind == TriageDecisions.Spreekuur ? "naar-spreekuur" : kind, message);
    }

    private InvokeResponse? Required(CardAction action, string input, ITurnContext turn, string labelKey) =>
        string.IsNullOrWhiteSpace(action.GetString(input)) ? texts.Answer(turn, LocalizationTextKeys.TriageRequired, texts.Get(labelKey, turn)) : null;

    private string Scrub(string text) => scrubber.ScrubTyped(text, MaxText);

    private async Task<TriageDecision?> FindDecisionAsync(Guid casusId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Set<TriageDecision>().AsNoTracking().FirstOrDefaultAsync(d => d.CasusId == casusId, cancellationToken);
    }

    private InvokeResponse AlreadyHandled(ITurnContext turn, TriageDecision decision) => texts.Answer(turn, LocalizationTextKeys.TriageAlreadyHandled, decision.DecidedByName, Texts.Moment(decision.DecidedAt, time.ZoneOf(turn), turn.Language));

    private sealed record Outcome(
        InvokeResponse? Refusal, TriageDecision? Decision = null, string AuditAction = "", Activity? AuthorMessage = null, CasusQuestion? NewQuestion = null,
        string? AuditDetails = null);
}
