namespace CasuistiekBot.Framework.Pipeline;

/// <summary>The few things the pipeline itself says to users, in both product languages.</summary>
public sealed class PipelineMessages
{
    public string ErrorNl { get; set; } = "Sorry, er ging iets mis bij het verwerken van je bericht. Ik ben opnieuw begonnen; probeer het nog eens.";
    public string ErrorEn { get; set; } = "Sorry, something went wrong while handling your message. I have started over; please try again.";
    public string UnknownActionNl { get; set; } = "Deze actie is niet (meer) beschikbaar.";
    public string UnknownActionEn { get; set; } = "This action is not (or no longer) available.";

    public string Error(string language) => language == Languages.English ? ErrorEn : ErrorNl;
    public string UnknownAction(string language) => language == Languages.English ? UnknownActionEn : UnknownActionNl;
}
