using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Coordinators;

/// <summary>
/// The one language the coordinators' channel speaks, cards and replies alike (<c>Coordinators:ChannelLanguage</c>,
/// "nl" by default): a channel is read by everyone in it, whatever the locale of the person who last wrote there.
/// </summary>
internal sealed class ChannelLanguage(IConfiguration configuration)
{
    public string Value { get; } = configuration["Coordinators:ChannelLanguage"] switch
    {
        null or "" => Languages.Dutch,
        var v when v.StartsWith("en", StringComparison.OrdinalIgnoreCase) => Languages.English,
        var v when v.StartsWith("nl", StringComparison.OrdinalIgnoreCase) => Languages.Dutch,
        var v => throw new InvalidOperationException($"Coordinators:ChannelLanguage must be 'nl' or 'en', not '{v}'."),
    };
}
