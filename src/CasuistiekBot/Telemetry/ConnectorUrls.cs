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

    private static bool IsWord(string segment) =>
        segment.Length <= 32 && segment.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9') is { Length: > 0 } letters
        && segment.Length - letters.Length <= 1 && letters.All(char.IsAsciiLetter);
}
