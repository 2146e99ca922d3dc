using CasuistiekBot.AppPackage;
using CasuistiekBot.Assistant;
using CasuistiekBot.Caching;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Conversations;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Auth;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Hosting;
using CasuistiekBot.Intake;
using CasuistiekBot.Localization;
using CasuistiekBot.Panels;
using CasuistiekBot.Policy;
using CasuistiekBot.Privacy;
using CasuistiekBot.Hearing;
using CasuistiekBot.Reminders;
using CasuistiekBot.Reporting;
using CasuistiekBot.Retention;
using CasuistiekBot.Roles;
using CasuistiekBot.Routing;
using CasuistiekBot.Safety;
using CasuistiekBot.Sessions;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Tasks;
using CasuistiekBot.Threads;
using CasuistiekBot.Triage;
using CasuistiekBot.Understanding;
using CasuistiekBot.Welcome;

namespace CasuistiekBot.Hosting;

internal static class CasuistiekBotServiceCollectionExtensions
{
    /// <summary>
    /// Every capability of the bot, with its admin commands: the one list the web host and the admin commands both build
    /// on. The host brings the configuration, the environment and logging; the web host adds its endpoints, the dashboard
    /// and telemetry export. Registering starts nothing: hosted services run only in the web host.
    /// </summary>
    public static IServiceCollection AddCasuistiekBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddClock();
        services.AddStorage(configuration, environment);
        services.AddConversationReferences();
        services.AddBotAuthentication(configuration);
        services.AddBotConnector(configuration);
        services.AddBotPipeline(configuration);
        services.AddConversationCapture();
        services.AddConversationScopes();
        // After AddStorage and AddBotPipeline: with Redis configured, it replaces their state store and deduplication.
        services.AddRedisIfConfigured(configuration);
        services.AddCardTemplates();
        services.AddDialogs(BotHostDefaults.ContentDirectory("dialogs"));
        services.AddTexts();
        services.AddWorkingDayCalendar(configuration);
        services.AddPrivacy(configuration);
        services.AddRetention(configuration);
        services.AddCasusRouting(configuration);
        services.AddPolicy(configuration);
        services.AddThreads();
        services.AddSafety(configuration);
        services.AddAssistant(configuration);
        services.AddAssistedRouting();
        services.AddCases(configuration);
        services.AddWelcome();
        services.AddUnderstanding();
        services.AddIntake();
        services.AddRoles(configuration);
        services.AddDelivery(configuration);
        services.AddTriage(configuration);
        services.AddExpertiseDirectory(configuration);
        services.AddSignals(configuration);
        services.AddCoordinators();
        services.AddReminders(configuration);
        services.AddPanels();
        services.AddSessions();
        services.AddHearing();
        services.AddReporting();
        services.AddTasks();
        services.AddAppPackage(configuration);
        return services;
    }
}
