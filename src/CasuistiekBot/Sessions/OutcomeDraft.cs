using System.Text.Json;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Signals;

namespace CasuistiekBot.Sessions;

/// <summary>
/// The action points and signals added so far, carried in the outcome card's action data rather than stored: nothing
/// exists until the outcome is recorded, and recording checks every item again (owners, dates, limits, scrubbing).
/// </summary>
internal sealed record OutcomeDraft(IReadOnlyList<DraftActionPoint> ActionPoints, IReadOnlyList<DraftSignal> Signals)
{
    public static readonly OutcomeDraft Empty = new([], []);

    public string Serialize() => JsonSerializer.Serialize(this, BotJson.Options);

    /// <summary>The draft a card sent back, or null when it is missing or not a draft at all (then nothing is done).</summary>
    public static OutcomeDraft? Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            var draft = JsonSerializer.Deserialize<OutcomeDraft>(json, BotJson.Options);
            return draft is { ActionPoints: not null, Signals: not null } ? draft : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public OutcomeDraft With(DraftActionPoint point) => this with { ActionPoints = [.. ActionPoints, point] };

    public OutcomeDraft With(DraftSignal signal) => this with { Signals = [.. Signals, signal] };
}
