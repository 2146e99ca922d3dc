namespace CasuistiekBot.Framework.Dialogs;

// Yes or no in Dutch or English, including the usual ways of saying it.
internal static class ConfirmRecognizer
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "ja", "j", "jawel", "jazeker", "ja hoor", "zeker", "klopt", "dat klopt", "akkoord", "prima", "goed", "correct", "juist",
        "oke", "ok", "okay", "yes", "y", "yep", "yeah", "sure", "right", "that s right", "true",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "nee", "n", "neen", "nee hoor", "niet", "klopt niet", "dat klopt niet", "onjuist", "incorrect", "liever niet",
        "no", "nope", "nah", "not really", "false",
    };

    // "true", "false", or null when the answer is neither.
    public static string? Recognize(string text)
    {
        var input = TextNormalizer.Normalize(text);
        if (Yes.Contains(input)) return "true";
        if (No.Contains(input)) return "false";

        // "ja, dat is goed" / "no, not yet": a leading yes or no decides.
        var first = input.Split(' ', 2)[0];
        return first switch
        {
            "ja" or "yes" => "true",
            "nee" or "no" => "false",
            _ => null,
        };
    }
}
