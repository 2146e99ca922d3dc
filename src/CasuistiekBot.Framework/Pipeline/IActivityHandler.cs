namespace CasuistiekBot.Framework.Pipeline;

/// <summary>The end of the pipeline: the bot's logic for one turn.</summary>
public interface IActivityHandler
{
    Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}
