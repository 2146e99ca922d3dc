using System.Text.Json;
using System.Text.Json.Serialization;

namespace CasuistiekBot.Framework.Schema;

/// <summary>
/// Buttons shown under a message until the user answers (the Bot Framework's <c>suggestedActions</c>). Teams shows
/// only the first three; an <c>imBack</c> button posts its value as if the user had typed it.
/// </summary>
public sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; init; }
    public IReadOnlyList<SuggestedAction> Actions { get; init; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>One suggested action; only <c>imBack</c> is used, with <see cref="Value"/> equal to what it posts.</summary>
public sealed record SuggestedAction(string Type, string Title, string Value)
{
    public const string ImBack = "imBack";

    public static SuggestedAction Reply(string title) => new(ImBack, title, title);
}
