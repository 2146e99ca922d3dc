using System.Diagnostics;
using System.Diagnostics.Metrics;
using CasuistiekBot.Framework.Schema;
using BotActivity = CasuistiekBot.Framework.Schema.Activity;
using Span = System.Diagnostics.Activity;

namespace CasuistiekBot.Framework.Diagnostics;

/// <summary>
/// The bot layer's spans and metrics: one span per turn, turns by activity type and outcome, turn duration, and connector
/// calls by result. Tags carry only values from closed sets (activity types, conversation types, results), never ids,
/// names or text: an exporter may ship them anywhere. Listen with <see cref="Name"/> as activity source and meter.
/// </summary>
public static class BotTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "CasuistiekBot.Framework";

    private static readonly string[] KnownTypes =
    [
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Invoke, ActivityTypes.MessageReaction,
        ActivityTypes.InstallationUpdate, ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete,
    ];

    private static readonly string[] KnownConversationTypes = [ConversationTypes.Personal, ConversationTypes.GroupChat, ConversationTypes.Channel];

    internal static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("bot.turns", "{turn}", "Turns processed, by activity type and outcome");
    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("bot.turn.duration", "s", "Time to process one turn");
    private static readonly Counter<long> ConnectorCalls = Meter.CreateCounter<long>("bot.connector.calls", "{call}", "Calls to the channel's connector, by operation and result");

    internal static Span? StartTurn(BotActivity activity)
    {
        var span = Source.StartActivity("bot turn", ActivityKind.Internal);
        span?.SetTag("bot.activity.type", TypeOf(activity));
        span?.SetTag("bot.conversation.type", ConversationTypeOf(activity));
        return span;
    }

    internal static void TurnEnded(BotActivity activity, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "bot.activity.type", TypeOf(activity) }, { "bot.turn.outcome", outcome } };
        Turns.Add(1, tags);
        TurnDuration.Record(elapsed.TotalSeconds, tags);
    }

    /// <param name="result">A word from a closed set (<c>SendResult.Name</c>).</param>
    internal static void ConnectorCalled(string operation, string result) =>
        ConnectorCalls.Add(1, new TagList { { "bot.connector.operation", operation }, { "bot.connector.result", result } });

    private static string TypeOf(BotActivity activity) => KnownTypes.Contains(activity.Type) ? activity.Type! : "other";

    private static string ConversationTypeOf(BotActivity activity) =>
        activity.Conversation?.ConversationType is { } type && KnownConversationTypes.Contains(type) ? type : "other";
}
