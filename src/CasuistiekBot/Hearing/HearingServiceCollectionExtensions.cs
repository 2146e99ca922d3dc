using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Sessions;

namespace CasuistiekBot.Hearing;

internal static class HearingServiceCollectionExtensions
{
    /// <summary>"Voelde je je gehoord?" after a session: the cards, the answers, and blanking remarks when a casus is erased.</summary>
    public static IServiceCollection AddHearing(this IServiceCollection services)
    {
        services.AddSingleton<HeardCards>();
        services.AddSingleton<IOutcomeRecordedListener, HeardAsking>();
        services.AddSingleton<ICardActionHandler, HeardAnswerHandler>();
        services.AddSingleton<ICasusErasedListener, HeardErasure>();
        return services;
    }
}
