namespace CasuistiekBot.Telemetry;

/// <summary>
/// A URL as a span may show it: conversation, activity and member ids sit in connector paths, and they lead to people,
/// so every path segment that is not a plain word (letters, perhaps one digit: "v3", "oauth2") becomes "{id}"
/// (…/v3/conversations/a:1xyz/activities/123 → …/v3/conversations/{id}/activities/{id}). The query is left out.
/// </summary>
internal static class ConnectorUrls
{
    public static string Redact(Uri uri) => $"{uri.Scheme}://{uri.Authority}{RedactPath(uri.AbsolutePath)}";

    public static string RedactPath(string path) => string.Join('/', path.Split('/').Select(s => s.Length == 0 || IsWord(s) ? s : "{id}"));

    // Letters with at most one trailing digit ("v3", "conversations"): a path word, not an id.
    private static bool IsWord(string segment)
    {
        if (segment.Length > 32) return false;
        var letters = segment.AsSpan().TrimEnd("0123456789");
        return letters.Length > 0 && segment.Length - letters.Length <= 1 && !letters.ContainsAnyExcept(AsciiLetters);
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
