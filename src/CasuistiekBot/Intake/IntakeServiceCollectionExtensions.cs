using CasuistiekBot.Commands;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Intake;

internal static class IntakeServiceCollectionExtensions
{
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddChannelLanguage();
        services.AddSingleton<IntakeStateStore>();
        services.AddSingleton<IntakeScrubbing>();
        services.AddSingleton<IntakeCards>();
        services.AddSingleton<IntakeRouting>();
        services.AddSingleton<IntakeStarter>();
        services.AddSingleton<IntakeDanger>();
        services.AddSingleton<ITurnMiddleware, IntakeDangerMiddleware>();
        services.AddSingleton<PendingFollowUp>();
        services.AddSingleton<ITurnMiddleware, FollowUpMiddleware>();
        services.AddSingleton<IStepValidator, StoryValidator>();
        services.AddSingleton<IStepValidator, TextValidator>();
        services.AddSingleton<IStepValidator, UnitValidator>();
        services.AddSingleton<IStepCondition, MissingFieldCondition>();
        services.AddSingleton<IStepCondition, SafetyConcernCondition>();
        services.AddSingleton<IStepCardRenderer, SummaryCardRenderer>();
        services.AddSingleton<IAnswerInterpreter, SummaryReplyInterpreter>();
        services.AddSingleton<IStepCardRenderer, SafetyCardRenderer>();
        services.AddSingleton<IFlowCompletionHandler, IntakeCompletion>();
        services.AddSingleton<ICommandHandler, IntakeCommandHandler>();
        services.AddSingleton<ICardActionHandler, IntakeCardActionHandler>();
        services.AddSingleton<IMessageFallback, StoryFallback>();
        services.AddAdminCommand<StoryCommand>("story",
            ("story", """JSON Lines {"id","story","today","lang"} -> what the intake reads from each story, what it still asks"""));
        return services;
    }
}
