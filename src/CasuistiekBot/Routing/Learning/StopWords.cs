namespace CasuistiekBot.Routing.Learning;

// Function words say nothing about a route; leaving them out keeps the learned evidence on content words.
internal static class StopWords
{
    private static readonly HashSet<string> Words =
    [
        "de", "het", "een", "en", "van", "in", "is", "dat", "die", "op", "te", "voor", "met", "aan", "er", "om", "als", "zijn",
        "ook", "bij", "dit", "nog", "naar", "wat", "of", "ik", "je", "we", "wij", "hij", "zij", "ze", "hem", "haar", "mijn",
        "mn", "ons", "onze", "niet", "maar", "zo", "dan", "al", "tot", "uit", "door", "over", "heeft", "hebben", "heb", "was", "wordt", "worden",
        "the", "an", "and", "of", "to", "it", "that", "for", "on", "with", "as", "be", "are", "i", "my", "he", "she",
        "his", "her", "they", "this", "at", "by", "from", "or", "has", "have", "had", "me", "us", "our", "you", "your",
    ];

    public static bool Contains(string word) => Words.Contains(word);
}
