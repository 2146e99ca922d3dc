namespace CasuistiekBot.Framework.Pipeline;

/// <summary>The few things the pipeline itself says to users, worded by the app in the turn's language.</summary>
public interface IPipelineMessages
{
    /// <summary>After a bug: the turn failed and the conversation started over.</summary>
    string Error(string language);

    /// <summary>A card action or invoke nobody handles (any more).</summary>
    string UnknownAction(string language);
}
