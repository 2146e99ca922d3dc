using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Understanding;

/// <summary>The language a question is asked in, for the <c>understand</c> command, which gets no Teams locale.</summary>
internal static class QuestionLanguage
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "what", "which", "who", "when", "is", "it", "the", "you", "your", "do", "does", "would", "will", "may", "can", "give",
        "this", "that", "to", "of", "by", "for", "join", "or", "type", "correct",
    };

    private static readonly HashSet<string> Dutch = new(StringComparer.Ordinal)
    {
        "wat", "welke", "wie", "wanneer", "er", "het", "de", "je", "jij", "jouw", "doe", "wil", "mag", "kun", "noem", "deze",
        "dit", "dat", "om", "van", "voor", "klopt", "of", "typ", "gaat", "is",
    };

    public static string Of(string question)
    {
        var tokens = AnswerText.Tokens(question);
        return tokens.Count(English.Contains) > tokens.Count(Dutch.Contains) ? Languages.English : Languages.Dutch;
    }
}
