using System.Security.Claims;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Pipeline;

/// <summary>One inbound activity being processed: what came in, and the means to answer it.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>The caller as authenticated by the inbound validator (anonymous in local development).</summary>
    ClaimsIdentity Identity { get; }

    /// <summary>
    /// "nl" or "en": the product's language for this turn. It starts from the Teams client's locale; middleware that
    /// knows better (what the person writes, a preference they set) may change it before the turn is handled.
    /// </summary>
    string Language { get; set; }

    /// <summary>Services of the request scope.</summary>
    IServiceProvider Services { get; }

    /// <summary>Per-turn values shared between middleware and handlers.</summary>
    TurnState State { get; }

    /// <summary>True once anything has been sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>Set by invoke handlers; written as the HTTP reply.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Sends an activity into this conversation (as a reply to the inbound activity).</summary>
    Task<SendResult> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces an activity the bot sent earlier (e.g. a card) in this conversation.</summary>
    Task<SendResult> UpdateAsync(Activity activity, CancellationToken cancellationToken);

    Task<SendResult> DeleteAsync(string activityId, CancellationToken cancellationToken);
}
