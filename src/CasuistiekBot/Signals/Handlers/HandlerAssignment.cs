using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Signals.Handlers;

/// <summary>
/// Reads the behandelaar the owner chose on the card: an object id from the list or a typed name or e-mail, checked
/// against the directory again, so a forged id never becomes a behandelaar. Only the owner gets this far with a change.
/// </summary>
internal sealed class HandlerAssignment(ExpertiseDirectory directory)
{
    public const string Input = "handler";

    public async Task<SignalOutcome> AssignAsync(Signal signal, CardAction action, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The owner check comes first: someone else learns nothing about the directory from a tampered card.
        if (!signal.IsOwnedBy(actor)) return SignalOutcome.Refused(SignalsHandlersTextKeys.SignalHandlerOwnerOnly);
        var wanted = action.GetString(Input)?.Trim() ?? "";
        if (wanted.Length == 0) return SignalOutcome.Refused(SignalsHandlersTextKeys.SignalHandlerRequired);
        if (wanted.Length > 254) return SignalOutcome.Refused(SignalsHandlersTextKeys.SignalHandlerRequired);
        var person = await directory.FindAsync(wanted, cancellationToken);
        if (person is null)
        {
            var matches = await directory.SearchAsync(wanted, cancellationToken);
            if (matches.Count == 0) return SignalOutcome.Refused(SignalsHandlersTextKeys.SignalHandlerNotFound) with { RefusalArgs = [wanted] };
            if (matches.Count > 1)
            {
                return SignalOutcome.Refused(SignalsHandlersTextKeys.SignalHandlerAmbiguous) with { RefusalArgs = [wanted, string.Join(", ", matches.Take(5).Select(p => p.Name))] };
            }
            person = matches[0];
        }
        return SignalOutcome.From(signal.AssignHandler(actor, new SignalOwner(person.AadObjectId, person.Name, person.Mt), now), person.Name);
    }
}
