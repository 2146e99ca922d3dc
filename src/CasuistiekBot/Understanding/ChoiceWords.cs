namespace CasuistiekBot.Understanding;

/// <summary>Words that say nothing about which choice is meant, and words that turn a choice down.</summary>
internal static class ChoiceWords
{
    public static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "of", "van", "voor", "met", "naar", "in", "op", "aan", "bij", "om", "te", "tot", "over", "uit",
        "ik", "je", "jij", "u", "mijn", "me", "mij", "hem", "haar", "ze", "we", "wij", "er", "dat", "die", "dit", "deze", "wat",
        "is", "zijn", "wil", "wilt", "zou", "willen", "graag", "liefst", "vooral", "alleen", "ook", "wel", "maar", "dan", "nu",
        "iets", "heel", "erg", "even", "eigenlijk", "gewoon", "echt", "zo", "mag", "moet", "kan", "worden", "word", "brengen", "breng", "inbrengen", "casus", "zaak", "gaat",
        "the", "a", "an", "and", "or", "of", "to", "for", "with", "on", "at", "by", "from", "as", "it", "its", "is", "be", "to",
        "i", "my", "me", "you", "your", "we", "our", "want", "would", "like", "please", "mainly", "only", "just", "also", "really",
        "some", "something", "case", "raise", "put", "get", "s", "t", "want", "do", "can", "may", "should",
    };

    public static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "niet", "geen", "zonder", "nooit", "not", "no", "without", "never",
    };
}
