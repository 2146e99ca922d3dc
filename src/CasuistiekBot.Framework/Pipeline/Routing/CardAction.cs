using System.Globalization;
using System.Text.Json;

namespace CasuistiekBot.Framework.Pipeline.Routing;

/// <summary>A card action as the router hands it to a handler. <see cref="Data"/> holds the action data and the card's inputs.</summary>
public sealed record CardAction(string Verb, JsonElement Data, bool IsInvoke, string? Trigger, string? CardActivityId)
{
    /// <summary>True when Teams asks for a refreshed card (user-specific views), not a click.</summary>
    public bool IsRefresh => string.Equals(Trigger, "automatic", StringComparison.OrdinalIgnoreCase);

    public string? GetString(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => null,
            }
            : null;

    /// <summary>
    /// True when the card acted on showed <paramref name="current"/> in its <c>version</c> field: the person saw the
    /// state the action applies to, not an older one another person has changed since.
    /// </summary>
    public bool ShowsVersion(long current) =>
        long.TryParse(GetString("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var shown) && shown == current;
}
