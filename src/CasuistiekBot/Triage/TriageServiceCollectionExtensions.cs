using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Triage;

internal static class TriageServiceCollectionExtensions
{
    public static IServiceCollection AddTriage(this IServiceCollection services)
    {
        services.AddSingleton<TriageCards>();
        services.AddSingleton<QuestionCards>();
        services.AddSingleton<TriagePublisher>();
        services.AddSingleton<ICasusSubmittedListener>(sp => sp.GetRequiredService<TriagePublisher>());
        services.AddSingleton<AuthorMessenger>();
        services.AddSingleton<ICommandHandler, RegisterChannelHandler>();
        services.AddSingleton<ICardActionHandler, TriageActionHandler>();
        services.AddSingleton<ICardActionHandler, AnswerHandler>();
        return services;
    }
}
