using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Signals;

/// <summary>
/// "Signaal registreren" on the triage card: the casus goes straight into the signal register, in the triage
/// transaction. The author hears, in plain words, which signal their casus became and who owns it.
/// </summary>
internal sealed class TriageSignal(SignalInputs inputs, SignalRegister register, SignalForms forms, Texts texts, ChannelLanguage channel)
{
    public const string Route = "signaal-beleid";

    public async Task<TriageSignalResult> RegisterAsync(CasuistiekDbContext db, Casus casus, CardAction action, string actor, CancellationToken cancellationToken)
    {
        var (draft, refusal) = await inputs.ReadAsync(action, cancellationToken);
        if (draft is null) return TriageSignalResult.Refused(refusal!);
        var registration = await register.RegisterAsync(db,
            new NewSignal(draft.Title, draft.Description, draft.Category, casus.Id, new SignalOwner(draft.OwnerId, draft.OwnerName, draft.OwnerMt), draft.Due),
            actor, cancellationToken);
        if (registration.Signal is not { } signal) return TriageSignalResult.Refused(new Refusal(registration.Refusal!));

        var owner = signal.OwnerMt is { Length: > 0 } mt ? $"{signal.OwnerName} ({mt})" : signal.OwnerName;
        var summary = texts.Get(SignalsTextKeys.SessionTriageSummary, channel.Value, signal.Reference, owner, forms.CategoryName(signal.Category));
        var message = MessageFactory.Text(texts.Get(SignalsTextKeys.SessionAuthorSignal, casus.Language, casus.Reference, signal.Reference, signal.Title, owner));
        return new TriageSignalResult(signal, summary, message, null);
    }
}
