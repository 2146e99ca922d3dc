namespace CasuistiekBot.Understanding;

/// <summary>The ways people say yes and no in Dutch and English, and the words that turn a yes into a correction.</summary>
internal static class YesNoWords
{
    public static readonly string[][] Yes = AnswerText.Phrases(
        "ja", "jawel", "jazeker", "jaja", "jep", "jup", "j", "zeker", "zeker weten", "absoluut", "natuurlijk", "uiteraard", "tuurlijk",
        "prima", "prima zo", "goed", "is goed", "dat is goed", "helemaal goed", "klopt", "dat klopt", "klopt helemaal", "correct",
        "juist", "akkoord", "ok", "oke", "okay", "okido", "top", "precies", "inderdaad", "graag", "ja graag", "doe maar", "ga je gang",
        "in orde", "perfect", "prima zo", "yes", "yep", "yeah", "yup", "ya", "y", "sure", "of course", "absolutely", "definitely",
        "certainly", "indeed", "right", "that s right", "that s correct", "correct", "looks good", "sounds good", "all good",
        "fine", "go ahead", "agreed", "true", "klinkt goed", "ziet er goed uit", "helemaal prima");

    public static readonly string[][] No = AnswerText.Phrases(
        "nee", "neen", "nee hoor", "nope", "no", "nah", "n", "liever niet", "niet echt", "helaas niet", "zeker niet", "absoluut niet",
        "helemaal niet", "nog niet", "niet", "klopt niet", "dat klopt niet", "klopt niet helemaal", "onjuist", "incorrect", "fout",
        "nooit", "nee dank je", "nee bedankt", "no thanks", "no thank you", "not really", "not yet", "not at all", "never",
        "wrong", "false", "that s wrong", "not correct", "niet goed", "niet correct", "i don t", "rather not", "i d rather not",
        "of course not", "definitely not", "certainly not", "absolutely not");

    public static readonly string[][] Unsure = AnswerText.Phrases(
        "misschien", "wellicht", "mogelijk", "weet ik niet", "weet niet", "weet ik nog niet", "geen idee", "twijfel", "ik twijfel",
        "hmm", "hm", "uh", "eh", "maybe", "perhaps", "not sure", "i m not sure", "unsure", "no idea", "don t know", "dunno",
        "i don t know", "wat bedoel je", "what do you mean");

    // After a yes, any of these makes it a correction.
    public static readonly HashSet<string> Buts = new(StringComparer.Ordinal)
    {
        "maar", "alleen", "behalve", "uitgezonderd", "na", "except", "but", "only", "however", "although", "though",
        "niet", "geen", "fout", "onjuist", "verkeerd", "anders", "wrong", "not", "incorrect", "isn", "different", "change",
        "aanpassen", "veranderen", "wijzigen", "moet", "should",
    };

    // A correction without a yes: "bijna, ...", "almost, ...".
    public static readonly HashSet<string> Partly = new(StringComparer.Ordinal) { "bijna", "grotendeels", "deels", "almost", "mostly", "partly", "nearly" };

    // Said after a yes without taking it back.
    public static readonly string[][] Harmless = AnswerText.Phrases("geen probleem", "geen bezwaar", "no problem", "not a problem", "niet nodig");
}
