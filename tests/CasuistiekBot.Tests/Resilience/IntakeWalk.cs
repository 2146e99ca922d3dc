using CasuistiekBot.Tests.Intake;

namespace CasuistiekBot.Tests.Resilience;

/// <summary>The intake flow as a user answers it, each answer with a fragment of the question that must follow.</summary>
internal static class IntakeWalk
{
    public static readonly (string Answer, string NextQuestion)[] Steps =
    [
        ("nieuwe casus", "Vertel in je eigen woorden"),
        // A story that says neither what chafes nor what was tried: both are asked in one question.
        (IntakeTranscriptTests.PlainStory, "Wat schuurt er voor jou, en heb je al iets geprobeerd"),
        ("Besproken met mijn teamleider.", "Wat wil je met je casus bereiken"),
        ("1", "Is er haast"),
        ("geen", "Bij welke organisatie"),
        ("IND, directie Asiel en Bescherming", "Wie mag weten"),
        ("2", "Klopt deze samenvatting"),
    ];

    public const string SubmitVerb = "intake.submit";
    public static readonly object SubmitData = new { confirm = "submit" };
    public const string Acknowledgement = "ingediend met kenmerk CS-";
}
