namespace CasuistiekBot.Framework.Dialogs;

// Everything the engine itself says, in Dutch and English. Flow-specific text lives in the flow files.
internal static class DialogTexts
{
    public static readonly LocalizedText Cancelled = new(
        "Oké, ik ben gestopt. Wat je hier had ingevuld, heb ik niet bewaard. Je kunt altijd opnieuw beginnen.",
        "All right, I have stopped. What you entered here was not saved. You can start again at any time.");

    public static readonly LocalizedText DefaultHelp = new(
        "Beantwoord de vraag hieronder in je eigen woorden.",
        "Answer the question below in your own words.");

    public static readonly LocalizedText Commands = new(
        "Typ 'terug' voor de vorige vraag, 'pauze' om later verder te gaan of 'stop' om te stoppen.",
        "Type 'back' for the previous question, 'pause' to continue later or 'stop' to cancel.");

    public static readonly LocalizedText Paused = new(
        "Ik heb je antwoorden bewaard. Typ 'verder' wanneer je wilt doorgaan, of 'stop' als je wilt stoppen.",
        "I have kept your answers. Type 'continue' when you want to go on, or 'stop' to cancel.");

    public static readonly LocalizedText Resumed = new("Fijn, we gaan verder.", "Good, let's continue.");

    public static readonly LocalizedText GaveUp = new(
        "Het lukt me niet om je antwoord te begrijpen, sorry. Ik heb het gesprek gepauzeerd en je eerdere antwoorden bewaard. "
        + "Typ 'verder' om het nog eens te proberen, of 'stop' om te stoppen.",
        "Sorry, I can't make out your answer. I have paused our conversation and kept your earlier answers. "
        + "Type 'continue' to try again, or 'stop' to cancel.");

    public static readonly LocalizedText VersionChanged = new(
        "Deze vragen zijn intussen bijgewerkt, excuses voor het ongemak. Ik begin opnieuw en vraag alleen wat nog nodig is.",
        "These questions have been updated in the meantime, sorry for the inconvenience. I'll start again and only ask what is still needed.");

    public static readonly LocalizedText FlowGone = new(
        "Het gesprek waar je mee bezig was, bestaat niet meer in deze versie van de bot. Excuses daarvoor; je kunt gewoon opnieuw beginnen.",
        "The conversation you were in no longer exists in this version of the bot. Sorry about that; you can simply start again.");

    public static readonly LocalizedText AtFirstStep = new(
        "Dit is de eerste vraag; er is geen vorige.",
        "This is the first question; there is no previous one.");

    public static readonly LocalizedText NotUnderstood = new("Sorry, dat begreep ik niet.", "Sorry, I didn't understand that.");

    public static readonly LocalizedText DateNotUnderstood = new(
        "Sorry, die datum herken ik niet. Schrijf hem bijvoorbeeld als 15-12-2026 of 15 december 2026.",
        "Sorry, I don't recognize that date. Write it like 15-12-2026 or 15 December 2026, for example.");

    public static readonly LocalizedText ChoiceHint = new(
        "Kies een van de knoppen, of zeg in je eigen woorden wat je bedoelt.",
        "Pick one of the buttons, or say in your own words what you mean.");

    public static readonly LocalizedText ConfirmHint = new("(ja/nee)", "(yes/no)");

    public static readonly LocalizedText Yes = new("Ja", "Yes");

    public static readonly LocalizedText No = new("Nee", "No");

    public static readonly LocalizedText SkipHint = new(
        "Typ 'geen' als je dit wilt overslaan.",
        "Type 'none' to skip this.");

    public static readonly LocalizedText UseTheCard = new(
        "Gebruik de kaart om deze vraag te beantwoorden.",
        "Please use the card to answer this question.");

    public static readonly LocalizedText StaleCard = new(
        "Die kaart hoort bij een eerdere vraag. Dit is de vraag waar we nu zijn:",
        "That card belongs to an earlier question. This is where we are now:");

    // {0} = length of the answer, {1} = the limit.
    public static readonly LocalizedText TooLong = new(
        "Je antwoord is {0} tekens lang en het maximum is {1}. Er is niets verloren gegaan: je eerdere antwoorden zijn bewaard "
        + "en je tekst staat hierboven in de chat. Wil je het wat korter opschrijven?",
        "Your answer is {0} characters long and the limit is {1}. Nothing has been lost: your earlier answers are kept "
        + "and your text is still above in the chat. Could you write it a little shorter?");
}
