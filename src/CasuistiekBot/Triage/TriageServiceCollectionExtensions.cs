using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Triage;

internal static class TriageServiceCollectionExtensions
{
    public static IServiceCollection AddTriage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChannelLanguage();
        services.AddOptions<TriageReminderOptions>().Bind(configuration.GetSection("Triage"));
        services.AddSingleton<OverdueTriageReminder>();
        services.AddHostedService(sp => sp.GetRequiredService<OverdueTriageReminder>());
        services.AddSingleton<TriageCards>();
        services.AddSingleton<TriagePolicyPart>();
        services.AddSingleton<ICardActionHandler, TriagePolicyHandler>();
        services.AddSingleton<TriageAdvice>();
        services.AddSingleton<TriageAudiences>();
        services.AddSingleton<TriageViewSeal>();
        services.AddSingleton<QuestionCards>();
        services.AddSingleton<ICasusTimelineSource, TriageTimeline>();
        services.AddSingleton<TriagePublisher>();
        services.AddSingleton<ICasusSubmittedListener>(sp => sp.GetRequiredService<TriagePublisher>());
        services.AddSingleton<ICasusAddedToListener>(sp => sp.GetRequiredService<TriagePublisher>());
        services.AddSingleton<ICasusWithdrawnListener, TriageWithdrawal>();
        services.AddSingleton<ICasusErasedListener, TriageErasure>();
        services.AddSingleton<ICommandHandler, RegisterChannelHandler>();
        services.AddSingleton<ICardActionHandler, TriageActionHandler>();
        services.AddSingleton<ICardActionHandler, AnswerHandler>();
        services.AddSingleton<ICardActionHandler, TriageViewHandler>();
        return services;
    }
}
