using CasuistiekBot.Framework.Dialogs;

namespace CasuistiekBot.Understanding;

/// <summary>
/// Finds the choice or choices an answer names: by place ("de laatste", "optie drie"), by the words of a choice's title,
/// value or synonyms in Dutch or English, with small typos ("anonim") and stems, and not when turned down ("niet
/// anoniem"). Where one is asked and several are named ("een gedeeld beeld en advies graag"), it asks back.
/// </summary>
internal static class ChoiceReader
{
    public static ChoiceAnswer Read(IReadOnlyList<FlowChoice> choices, string text, bool multiple)
    {
        var tokens = AnswerText.Tokens(text);
        if (tokens.Length == 0 || choices.Count == 0) return ChoiceAnswer.Unknown;

        var whole = string.Join(' ', tokens);
        var exact = choices.Where(c => Phrases(c).Any(p => string.Join(' ', p) == whole)).ToList();
        if (exact.Count == 1) return Answer([exact[0]], multiple);

        if (Ordinals.Read(tokens, choices.Count) is { Count: > 0 } places) return Answer(places.Select(p => choices[p]).ToList(), multiple);

        var named = ChoiceMentions.Find(choices, tokens);
        return named.Count == 0 ? ChoiceAnswer.Unknown : Answer(named, multiple);
    }

    private static ChoiceAnswer Answer(IReadOnlyList<FlowChoice> named, bool multiple)
    {
        var values = named.Select(c => c.Value).ToList();
        if (values.Count == 1) return new ChoiceAnswer(ChoiceAnswerKind.One, values);
        return new ChoiceAnswer(multiple ? ChoiceAnswerKind.Several : ChoiceAnswerKind.Ambiguous, values);
    }

    /// <summary>Everything a choice answers to, as token lists: value, titles in both languages, synonyms.</summary>
    public static IEnumerable<string[]> Phrases(FlowChoice choice) =>
        new[] { choice.Value.Replace('-', ' '), choice.Title.Nl, choice.Title.En }.Concat(choice.Synonyms)
            .Select(AnswerText.Tokens)
            .Where(p => p.Length > 0);
}
