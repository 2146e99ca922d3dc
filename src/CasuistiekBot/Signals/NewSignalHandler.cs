using System.Text.Json.Nodes;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Policy;
using CasuistiekBot.Roles;
using CasuistiekBot.Signals.Intake;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals;

/// <summary>
/// "Nieuw signaal": a coordinator registers a signal directly, with an owner from the directory. The form is replaced
/// by the signal's card once registered, so a second click cannot register it twice.
/// </summary>
internal sealed class NewSignalHandler(
    CoordinatorGuard coordinators,
    SignalKeepers keepers,
    IDbContextFactory<CasuistiekDbContext> databases,
    ExpertiseDirectory directory,
    SignalRegister register,
    SignalPublisher publisher,
    SignalCards cards,
    CardTemplateStore templates,
    WorkingDayCalendar calendar,
    TimeProvider clock,
    Texts texts,
    PolicyLaws laws,
    IEnumerable<ISignalRegisteredListener> listeners) : ICommandHandler, ICardActionHandler
{
    public IReadOnlyCollection<string> Commands { get; } = ["nieuw signaal", "signaal registreren", "new signal"];

    public CommandScope Scope => CommandScope.PersonalOrTrusted;

    public IReadOnlyCollection<string> Verbs { get; } = [SignalVerbs.Register];

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var keeper = await keepers.IsKeeperAsync(turn.Activity.From?.AadObjectId, cancellationToken);
        if (!keeper && await coordinators.RefuseCommandAsync(turn, cancellationToken)) return;
        var owners = await OwnersAsync(cancellationToken);
        var reply = owners.Count == 0 ? MessageFactory.Text(texts.Get(SignalsTextKeys.SignalNewNoOwners, turn)) : MessageFactory.Card(Form(owners, turn.Language, keeper, null));
        await turn.SendAsync(reply, cancellationToken);
    }

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var actor = turn.Activity.From?.AadObjectId;
        var keeper = await keepers.IsKeeperAsync(actor, cancellationToken);
        if (!keeper && await coordinators.RefuseActionAsync(turn, cancellationToken) is { } refused) return refused;
        var source = keeper ? SignalSource.Parse(action.GetString("source")) : null;
        if (keeper && action.GetString("source") is { Length: > 0 } && source is null) return texts.Answer(turn, SignalsIntakeTextKeys.SignalReportUnknownSource);
        // The same form sent again (a double click, a replay) registers nothing new: it gets the signal it registered.
        var nonce = CardNonce.KeyOf(action, actor);
        if (nonce is not null && await RegisteredAsync(nonce, turn, cancellationToken) is { } repeat) return repeat;
        var owner = action.GetString("owner") is { } id ? await directory.FindAsync(id, cancellationToken) : null;
        if (owner is null) return texts.Answer(turn, SignalsTextKeys.SignalOwnerRequired);
        var today = calendar.LocalDate(clock.GetUtcNow());
        if (SignalDates.DueRefusal(CardDate.Read(action.GetString("due"), today, CardDate.LatestDue(today), out var due)) is { } badDue) return texts.Answer(turn, badDue);

        // A law not on the configured list is a tampered form: refused like any other forged input.
        var law = action.GetString("law")?.Trim();
        if (!string.IsNullOrEmpty(law) && laws.Find(law) is null) return texts.Answer(turn, PolicyTextKeys.PolicyUnknownLaw);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var linked = new List<Guid>();
        foreach (var linkedReference in (action.GetString("linked") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (await CasusLookup.IdOfAsync(db, linkedReference.ToUpperInvariant(), cancellationToken) is not { } linkedId) return texts.Answer(turn, SignalsTextKeys.SignalNewUnknownCasus, linkedReference);
            linked.Add(linkedId);
        }
        Guid? casusId = null;
        if (action.GetString("casus")?.Trim().ToUpperInvariant() is { Length: > 0 } reference)
        {
            casusId = await CasusLookup.IdOfAsync(db, reference, cancellationToken);
            if (casusId is null) return texts.Answer(turn, SignalsTextKeys.SignalNewUnknownCasus, reference);
        }
        var draft = new NewSignal(action.GetString("title") ?? "", action.GetString("description") ?? "", action.GetString("category") ?? "", casusId,
            new SignalOwner(owner.AadObjectId, owner.Name, owner.Mt), due, source, keeper ? action.GetString("sourceDescription") : null)
        {
            Law = laws.Find(law), PossiblyDiscriminatory = action.GetString("discriminatory") == "true",
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var registration = await register.RegisterAsync(db, draft, actor!, cancellationToken);
        if (registration.Signal is not { } signal) return texts.Answer(turn, registration.Refusal!);
        signal.Nonce = nonce;
        foreach (var listener in listeners) await listener.OnRegisteredAsync(db, signal, linked, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (nonce is not null && DbErrors.IsUniqueViolation(exception))
        {
            await transaction.RollbackAsync(cancellationToken);
            if (await RegisteredAsync(nonce, turn, cancellationToken) is { } first) return first;   // the same form, racing itself
            throw;
        }
        return InvokeResponse.Card(cards.Render(await publisher.CardModelAsync(db, signal, SignalView.Observer, turn.Language, null, cancellationToken)));
    }

    private async Task<InvokeResponse?> RegisteredAsync(string nonce, ITurnContext turn, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var signal = await db.Set<Signal>().AsNoTracking().FirstOrDefaultAsync(s => s.Nonce == nonce, cancellationToken);
        return signal is null ? null
            : InvokeResponse.Card(cards.Render(await publisher.CardModelAsync(db, signal, SignalView.Observer, turn.Language, null, cancellationToken)));
    }

    private async Task<List<Person>> OwnersAsync(CancellationToken cancellationToken) =>
        (await directory.AllAsync(cancellationToken))
            .Where(p => p.Has(PersonRoles.MtMember) || p.Has(PersonRoles.DirectorGeneral) || p.Has(PersonRoles.LineManager)).Take(100).ToList();

    /// <summary>The form opened with what another slice proposes (a rode draad); null when there is no one to own a signal.</summary>
    public async Task<JsonObject?> FormAsync(string language, SignalPrefill prefill, CancellationToken cancellationToken)
    {
        var owners = await OwnersAsync(cancellationToken);
        return owners.Count == 0 ? null : Form(owners, language, false, prefill);
    }

    private JsonObject Form(IReadOnlyList<Person> owners, string language, bool keeper, SignalPrefill? prefill)
    {
        string T(string key) => texts.Get(key, language);
        return templates.Bind(SignalCardNames.New, new
        {
            Nonce = CardNonce.New(),
            Heading = T(SignalsTextKeys.SignalNewHeading),
            Intro = T(SignalsTextKeys.SignalNewIntro),
            Categories = SignalCategory.All.Select(c => new { Value = c, Title = T(SignalsTextKeys.SignalCategoryPrefix + c) }),
            Owners = owners.Select(p => new { Id = p.AadObjectId, Name = p.Mt is null ? p.Name : $"{p.Name} ({p.Mt})" }),
            ShowSource = keeper,
            Sources = SignalSource.All.Select(s => new { Value = s, Title = T(SignalsIntakeTextKeys.SignalReportSourcePrefix + s) }),
            DefaultSource = SignalSource.Employee,
            Laws = laws.All.Select(l => new { Value = l, Title = l }),
            Values = new { Title = prefill?.Title ?? "", Description = prefill?.Description ?? "", Casus = prefill?.Casus ?? "", Law = prefill?.Law ?? "" },
            Linked = prefill?.Linked ?? "",
            Labels = new
            {
                Title = T(SignalsTextKeys.SignalNewTitle), Description = T(SignalsTextKeys.SignalNewDescription), Category = T(SignalsTextKeys.SignalNewCategory),
                Owner = T(SignalsTextKeys.SignalNewOwner), Due = T(SignalsTextKeys.SignalNewDue), Casus = T(SignalsTextKeys.SignalNewCasus),
                Register = T(SignalsTextKeys.SignalNewRegister), Required = T(SignalsTextKeys.SignalLabelRequired),
                Source = T(SignalsIntakeTextKeys.SignalReportNewSource), SourceDescription = T(SignalsIntakeTextKeys.SignalReportNewSourceDescription),
                Law = T(PolicyTextKeys.PolicyLaw), Discriminatory = T(PolicyTextKeys.PolicyDiscriminatory),
            },
        });
    }
}
