using System.Text.Json.Nodes;
using CasuistiekBot.Calendar;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Signals.Intake;

/// <summary>
/// The keeper's triage card of a reported signal: who reported (keepers may see that), what, which rule, and accept
/// with an owner, merge into an open signal, or decline with a reason. Each keeper has one copy per signal in their
/// 1:1 chat, updated after the decision so that nobody decides twice.
/// </summary>
internal sealed class KeeperCards(
    CardTemplateStore templates,
    Texts texts,
    SignalKeepers keepers,
    SignalPeople people,
    OwnerDirectory owners,
    IOutbox outbox,
    IOptions<SignalFormOptions> options,
    WorkingDayCalendar calendar,
    TimeProvider clock,
    ILogger<KeeperCards> logger)
{
    public async Task PublishAsync(CasuistiekDbContext db, Signal signal, CancellationToken cancellationToken)
    {
        foreach (var keeper in await keepers.RecipientsAsync(cancellationToken))
        {
            if (await people.AddressAsync(db, keeper, cancellationToken) is not { } address)
            {
                logger.LogWarning("No conversation is known to reach a signal keeper; the triage card of {Reference} waits", signal.Reference);
                continue;
            }
            var card = await RenderAsync(db, signal, address.Language, cancellationToken);
            await outbox.EnqueueAsync(db, OutboxMessage.ToPerson(
                idempotencyKey: $"signal:{signal.Id:N}:intake:{keeper}:v{signal.Version}",
                aadObjectId: keeper, tenantId: address.TenantId, serviceUrl: address.ServiceUrl,
                activity: MessageFactory.Card(card) with { Summary = signal.Reference, Locale = address.Language },
                userId: address.UserId, replacesKey: CardKey(signal, keeper)), cancellationToken);
        }
    }

    /// <summary>Posts the keeper's card afresh in the chat they asked from and makes it the copy later changes update.</summary>
    public async Task ReshowAsync(CasuistiekDbContext db, Signal signal, Activity request, string language, CancellationToken cancellationToken)
    {
        var activity = MessageFactory.Card(await RenderAsync(db, signal, language, cancellationToken)) with { Summary = signal.Reference, Locale = language };
        await outbox.ReshowAsync(db, OutboxKey.Parse(CardKey(signal, request.From!.AadObjectId!.ToLowerInvariant())), activity, request, cancellationToken);
    }

    public async Task<JsonObject> RenderAsync(CasuistiekDbContext db, Signal signal, string language, CancellationToken cancellationToken)
    {
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var open = signal.IsReported;
        var choices = open ? await owners.ChoicesAsync(OwnerKind.Signal, cancellationToken) : null;
        var today = calendar.LocalDate(clock.GetUtcNow());
        var facts = new List<object>
        {
            new { Label = T(SignalsIntakeTextKeys.SignalReportCardReporter), Value = signal.ReporterName is { Length: > 0 } name ? name : "—" },
            new { Label = T(SignalsIntakeTextKeys.SignalReportCardReported), Value = Texts.Day(calendar.LocalDate(signal.CreatedAt), language) },
            new { Label = T(SignalsIntakeTextKeys.SignalReportCardRule), Value = signal.ReportedRule ?? "—" },
        };
        return templates.Bind(IntakeCardNames.Keeper, new
        {
            SignalId = signal.Id.ToString(),
            signal.Version,
            signal.Reference,
            signal.Title,
            StatusLabel = T(SignalsTextKeys.SignalStatusPrefix + signal.Status),
            signal.Description,
            Facts = facts,
            Open = open,
            Decided = !open,
            Decision = open ? "" : await DecisionAsync(db, signal, language, cancellationToken),
            HasOwnerChoices = choices is not null,
            Owners = (choices ?? []).Select(c => new { Id = c.Value, Name = c.Title }),
            Categories = SignalCategory.All.Select(c => new { Value = c, Title = T(SignalsTextKeys.SignalCategoryPrefix + c) }),
            DefaultCategory = signal.Category,
            DefaultDue = SignalDates.Iso(calendar.AddWorkingDays(today, options.Value.SignalDueWorkingDays)),
            Labels = new
            {
                Accept = T(SignalsIntakeTextKeys.SignalReportCardAccept), AcceptSend = T(SignalsIntakeTextKeys.SignalReportCardAcceptSend),
                Owner = T(SignalsTextKeys.SignalNewOwner), OwnerTyped = T(SignalsIntakeTextKeys.SignalReportCardOwnerTyped),
                Category = T(SignalsTextKeys.SignalNewCategory), Due = T(SignalsTextKeys.SignalNewDue),
                Merge = T(SignalsIntakeTextKeys.SignalReportCardMerge), MergeSend = T(SignalsIntakeTextKeys.SignalReportCardMergeSend), Into = T(SignalsIntakeTextKeys.SignalReportCardInto),
                Decline = T(SignalsIntakeTextKeys.SignalReportCardDecline), DeclineSend = T(SignalsIntakeTextKeys.SignalReportCardDeclineSend),
                Reason = T(SignalsIntakeTextKeys.SignalReportCardReason), Required = T(SignalsTextKeys.SignalLabelRequired),
            },
        });
    }

    public static string CardKey(Signal signal, string keeper) => $"signal:{signal.Id:N}:intake:{keeper}";

    private async Task<string> DecisionAsync(CasuistiekDbContext db, Signal signal, string language, CancellationToken cancellationToken)
    {
        if (signal.Status == SignalStatus.Declined) return texts.Get(SignalsIntakeTextKeys.SignalReportCardDeclined, language, signal.DeclineReason ?? "");
        if (signal.Status == SignalStatus.Merged)
        {
            var into = await db.Set<Signal>().AsNoTracking().Where(s => s.Id == signal.MergedIntoId).Select(s => s.Reference).FirstOrDefaultAsync(cancellationToken);
            return texts.Get(SignalsIntakeTextKeys.SignalReportCardMerged, language, into ?? "—");
        }
        return texts.Get(SignalsIntakeTextKeys.SignalReportCardAccepted, language, signal.OwnerName);
    }
}
