using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Tests.Support;

/// <summary>Reading the bot's replies in transcript tests.</summary>
public static class Transcript
{
    public static string Texts(this IEnumerable<Activity> messages) =>
        string.Join("\n", messages.Where(m => m.Text is not null).Select(m => m.Text));

    public static string Cards(this IEnumerable<Activity> messages) =>
        string.Join("\n", messages.SelectMany(m => m.Attachments ?? []).Select(a => a.Content?.GetRawText() ?? ""));

    public static string All(this IEnumerable<Activity> messages) => messages.Texts() + "\n" + messages.Cards();
}
