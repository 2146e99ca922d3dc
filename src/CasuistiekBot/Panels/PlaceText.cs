using CasuistiekBot.Privacy;

namespace CasuistiekBot.Panels;

/// <summary>
/// A place or meeting link as typed: web links stay whole (a meeting link's long ids are not personal data, and
/// scrubbing them would break the link); every other word is scrubbed like any typed text.
/// </summary>
internal static class PlaceText
{
    public static string Clean(PersonalDataScrubber scrubber, string text)
    {
        var memory = ScrubMemory.Create();
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cleaned = new List<string>();
        var words = new List<string>();
        foreach (var part in parts)
        {
            if (!IsLink(part)) { words.Add(part); continue; }
            if (words.Count > 0) cleaned.Add(scrubber.Scrub(string.Join(' ', words), memory).Text);
            words.Clear();
            cleaned.Add(part);
        }
        if (words.Count > 0) cleaned.Add(scrubber.Scrub(string.Join(' ', words), memory).Text);
        return string.Join(' ', cleaned);
    }

    private static bool IsLink(string word) =>
        Uri.TryCreate(word, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !word.Contains('@');
}
