using System.Globalization;

namespace CasuistiekBot.Framework.Dialogs;

// Finds the choice a user meant: its number, value, title in either language, or a synonym.
internal static class ChoiceRecognizer
{
    public static IEnumerable<string> Terms(FlowChoice choice) =>
        new[] { choice.Value, choice.Title.Nl, choice.Title.En }.Concat(choice.Synonyms)
            .Select(TextNormalizer.Normalize)
            .Where(t => t.Length > 0);

    public static FlowChoice? Recognize(IReadOnlyList<FlowChoice> choices, string text)
    {
        var input = TextNormalizer.Normalize(text);
        if (input.Length == 0) return null;
        if (int.TryParse(input, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= choices.Count ? choices[number - 1] : null;
        }

        var exact = choices.Where(c => Terms(c).Contains(input)).ToList();
        if (exact.Count == 1) return exact[0];

        // A sentence naming exactly one choice as whole words picks it; naming two is ambiguous.
        var padded = $" {input} ";
        var contained = choices.Where(c => Terms(c).Any(t => padded.Contains($" {t} ", StringComparison.Ordinal))).ToList();
        return contained.Count == 1 ? contained[0] : null;
    }
}
