using System.Text;
using System.Text.RegularExpressions;
using CasuistiekBot.Privacy.Detection;
using CasuistiekBot.Privacy.Words;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Privacy;

/// <summary>
/// Replaces personal data in a casus text by placeholders (<c>[NAAM-1]</c>, <c>[BSN-1]</c>, …) before the text is
/// stored or sent to a language model. Pure and local: no model, no network. The same value gets the same placeholder
/// for as long as the same <see cref="ScrubMemory"/> is passed in.
/// </summary>
public sealed partial class PersonalDataScrubber
{
    private const string NamePart = "NAAM-DEEL";

    private readonly ValueFingerprinter _fingerprints;
    private readonly NameEvidence _evidence;

    // Without the word list (DutchWordList.IsLoaded false) names are found only after titles, role words and listed given names.
    public PersonalDataScrubber(IOptions<PrivacyOptions> options, DutchWordList words)
        : this(options, words, NameLists.Embedded)
    {
    }

    /// <summary>With other name lists than the embedded ones: to measure how names the lists have never seen fare.</summary>
    internal PersonalDataScrubber(IOptions<PrivacyOptions> options, DutchWordList words, NameLists names)
    {
        _fingerprints = new ValueFingerprinter(options.Value);
        _evidence = new NameEvidence(words, names);
    }

    [GeneratedRegex(@"(?<![\p{L}\-'’\[])\p{Lu}\p{Ll}[\p{L}]+(?![\p{L}\-\]])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    public ScrubResult Scrub(string text, ScrubMemory memory)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(memory);
        var spans = PersonalDataDetector.Detect(text, _evidence);
        var placeholders = spans.Select(span => PlaceholderFor(span, memory)).ToList();
        AddEarlierNameMentions(text, memory, spans, placeholders);
        return Build(text, spans, placeholders);
    }

    internal IReadOnlyList<DetectedSpan> DetectSpans(string text) => PersonalDataDetector.Detect(text, _evidence);

    private string PlaceholderFor(DetectedSpan span, ScrubMemory memory)
    {
        var fingerprint = _fingerprints.Of(memory.Salt, span.Kind, span.Value);
        var known = memory.Entries.FirstOrDefault(e => e.Kind == span.Kind && e.Fingerprint == fingerprint);
        if (known is not null) return known.Placeholder;
        string[] parts = [];
        if (span.Kind == PersonalDataKinds.Name)
        {
            var words = NameWords(span.Value);
            if (words.Length == 1 && FindByPart(memory, _fingerprints.Of(memory.Salt, NamePart, words[0])) is { } sameName) return sameName.Placeholder;
            parts = words.Select(w => _fingerprints.Of(memory.Salt, NamePart, w)).ToArray();
        }
        var entry = new ScrubMemoryEntry(span.Kind, $"[{span.Kind}-{memory.CountOf(span.Kind) + 1}]", fingerprint, parts);
        memory.Entries.Add(entry);
        return entry.Placeholder;
    }

    /// <summary>A later bare "Abdi" is the "mevrouw Abdi" of this or an earlier answer: the same placeholder.</summary>
    private void AddEarlierNameMentions(string text, ScrubMemory memory, List<DetectedSpan> spans, List<string> placeholders)
    {
        if (!memory.Entries.Any(e => e.Parts.Count > 0)) return;
        foreach (Match word in CapitalisedWord().Matches(text))
        {
            if (!NameParser.IsNameWord(word.Value)) continue;
            var span = new DetectedSpan(word.Index, word.Length, PersonalDataKinds.Name, word.Value.ToLowerInvariant(), Strength.Pattern);
            if (spans.Any(s => s.Overlaps(span))) continue;
            if (FindByPart(memory, _fingerprints.Of(memory.Salt, NamePart, span.Value)) is not { } entry) continue;
            var index = spans.FindIndex(s => s.Start > span.Start);
            if (index < 0) index = spans.Count;
            spans.Insert(index, span);
            placeholders.Insert(index, entry.Placeholder);
        }
    }

    private static ScrubMemoryEntry? FindByPart(ScrubMemory memory, string partFingerprint) =>
        memory.Entries.FirstOrDefault(e => e.Kind == PersonalDataKinds.Name && e.Parts.Contains(partFingerprint));

    private static string[] NameWords(string normalizedName) =>
        normalizedName.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && !w.Contains('.') && !NameLexicon.Particles.Contains(w))
            .ToArray();

    private static ScrubResult Build(string text, List<DetectedSpan> spans, List<string> placeholders)
    {
        var builder = new StringBuilder(text.Length);
        var found = new List<Replacement>();
        var position = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            builder.Append(text, position, spans[i].Start - position).Append(placeholders[i]);
            position = spans[i].End;
            var replacement = new Replacement(spans[i].Kind, placeholders[i]);
            if (!found.Contains(replacement)) found.Add(replacement);
        }
        builder.Append(text, position, text.Length - position);
        return new ScrubResult(builder.ToString(), found);
    }
}
