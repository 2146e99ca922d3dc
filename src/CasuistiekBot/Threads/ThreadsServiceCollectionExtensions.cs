using CasuistiekBot.Cases;
using CasuistiekBot.Commands;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Signals;

namespace CasuistiekBot.Threads;

internal static class ThreadsServiceCollectionExtensions
{
    /// <summary>Rode draden: similar cases and signals linked, the prompt to raise a signal, and the trends. Needs AddCasusRouting, AddPolicy and AddSignals.</summary>
    public static IServiceCollection AddThreads(this IServiceCollection services)
    {
        services.AddSingleton(_ => WordWeights.FromRouteExamples());
        services.AddSingleton(_ => ConceptLexicon.Load(ConceptLexicon.DefaultFile));
        services.AddSingleton<SimilarityModel>();
        services.AddSingleton<ThreadReader>();
        services.AddSingleton<PastReadings>();
        services.AddSingleton<ThreadFinder>();
        services.AddSingleton<ThreadPromptSender>();
        services.AddSingleton<ThreadTrends>();
        services.AddSingleton<ICasusSubmittedListener, ThreadsOnSubmission>();
        services.AddSingleton<ICasusErasedListener, ThreadsErasure>();
        services.AddSingleton<ISignalRegisteredListener, ThreadsOnSignalRegistered>();
        services.AddSingleton<ICardActionHandler, ThreadRaiseHandler>();
        services.AddSingleton<ICommandHandler, TrendsHandler>();
        services.AddAdminCommand<SimilarCommand>("similar", ("similar", """JSON Lines of pairs {"id","a":{"kind","text","law"},"b":{...}} on stdin -> verdict and score per pair"""));
        return services;
    }
}
