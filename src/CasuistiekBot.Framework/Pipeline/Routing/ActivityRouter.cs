using System.Collections.Concurrent;
using System.Text.Json;
using CasuistiekBot.Framework.Diagnostics;
using CasuistiekBot.Framework.Schema;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>
/// Dispatches a turn by activity type, invoke name, card verb and command. For messages the order is: card submit,
/// the active flow's interrupt words, exact commands, the active flow, the fallback. A command answers only where its
/// <see cref="CommandScope"/> allows.
/// </summary>
public sealed class ActivityRouter(
    IEnumerable<ICommandHandler> commandHandlers,
    IEnumerable<ICardActionHandler> cardHandlers,
    IEnumerable<IInvokeHandler> invokeHandlers,
    IEnumerable<IActivityTypeHandler> typeHandlers,
    IEnumerable<IConversationFlow> flows,
    IEnumerable<IMessageFallback> fallbacks,
    IEnumerable<ICommandScopeGate> scopeGates,
    IPipelineMessages messages,
    ILogger<ActivityRouter> logger) : IActivityHandler
{
    // The handlers' command words, normalised once per process instead of on every message: a finite set of literals.
    private static readonly ConcurrentDictionary<string, string> NormalizedCommands = new(StringComparer.Ordinal);

    public Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken) => turn.Activity.Type switch
    {
        ActivityTypes.Message => OnMessageAsync(turn, cancellationToken),
        ActivityTypes.Invoke => OnInvokeAsync(turn, cancellationToken),
        _ => OnOtherAsync(turn, cancellationToken),
    };

    private async Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && string.IsNullOrWhiteSpace(activity.Text))
        {
            await OnSubmitAsync(turn, value, cancellationToken);
            return;
        }

        var text = CommandText.Normalize(activity.GetTextWithoutMentions());
        var flow = flows.FirstOrDefault();
        var flowActive = flow is not null && await flow.IsActiveAsync(turn, cancellationToken);
        if (flowActive && flow!.IsInterrupt(text) && await flow.ContinueAsync(turn, cancellationToken)) return;

        var command = commandHandlers.FirstOrDefault(h => h.Commands.Any(c => Normalized(c) == text))
            ?? (flowActive ? null : commandHandlers.FirstOrDefault(h => h.TakesArgument && h.Commands.Any(c => text.StartsWith(Normalized(c) + " ", StringComparison.Ordinal))));
        if (command is not null)
        {
            if (await AdmitsAsync(turn, command.Scope, cancellationToken)) await command.HandleAsync(turn, cancellationToken);
        }
        else if (flowActive && await flow!.ContinueAsync(turn, cancellationToken))
        {
            return;
        }
        else if (fallbacks.FirstOrDefault() is { } fallback)
        {
            await fallback.HandleAsync(turn, cancellationToken);
        }
    }

    private static string Normalized(string command) => NormalizedCommands.GetOrAdd(command, CommandText.Normalize);

    private async Task OnSubmitAsync(ITurnContext turn, JsonElement value, CancellationToken cancellationToken)
    {
        var verb = value.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var handler = CardVerb.IsWellFormed(verb) ? FindCardHandler(verb!) : null;
        if (handler is null)
        {
            logger.LogInformation("Card submit with unknown verb {Verb} on activity {ActivityId}", CardVerb.ForLog(verb), LogValue.Safe(turn.Activity.Id));
            await turn.SendAsync(turn.Activity.CreateReply(messages.UnknownAction(turn.Language)), cancellationToken);
            return;
        }

        var action = new CardAction(verb!, value, IsInvoke: false, Trigger: "manual", turn.Activity.ReplyToId);
        var response = await handler.HandleAsync(turn, action, cancellationToken);
        await SubmitResponseApplier.ApplyAsync(turn, response, cancellationToken);
    }

    private async Task OnInvokeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var name = turn.Activity.Name;
        if (name == InvokeNames.AdaptiveCardAction)
        {
            turn.InvokeResponse = await OnCardInvokeAsync(turn, cancellationToken);
            return;
        }

        var handler = invokeHandlers.FirstOrDefault(h => h.Name == name);
        turn.InvokeResponse = handler is null ? InvokeResponse.NotImplemented() : await handler.HandleAsync(turn, cancellationToken);
    }

    private async Task<InvokeResponse> OnCardInvokeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!CardInvokeParser.TryParse(turn.Activity, out var action, out var error)) return error!;

        var handler = FindCardHandler(action!.Verb);
        if (handler is null)
        {
            logger.LogInformation("Card action with unknown verb {Verb} on activity {ActivityId}", CardVerb.ForLog(action.Verb), LogValue.Safe(turn.Activity.Id));
            return InvokeResponse.Message(messages.UnknownAction(turn.Language));
        }
        return await handler.HandleAsync(turn, action, cancellationToken) ?? new InvokeResponse(200, null);
    }

    private async Task OnOtherAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var handler in typeHandlers.Where(h => h.ActivityType == turn.Activity.Type))
        {
            await handler.HandleAsync(turn, cancellationToken);
        }
    }

    // A 1:1 chat admits every scope; a shared conversation only what the gate admits. Only the scope and the
    // conversation type are logged: the command's text may carry a name ("wie is ...").
    private async Task<bool> AdmitsAsync(ITurnContext turn, CommandScope scope, CancellationToken cancellationToken)
    {
        if (scope == CommandScope.Anywhere || turn.Activity.IsPersonal()) return true;
        var admitted = scopeGates.FirstOrDefault() is { } gate && await gate.AdmitAsync(turn, scope, cancellationToken);
        if (!admitted)
        {
            logger.LogInformation("A {Scope} command was not answered in a {ConversationType} conversation", scope,
                LogValue.Safe(turn.Activity.Conversation?.ConversationType));
        }
        return admitted;
    }

    private ICardActionHandler? FindCardHandler(string verb) =>
        cardHandlers.FirstOrDefault(h => h.Verbs.Contains(verb, StringComparer.Ordinal));
}
