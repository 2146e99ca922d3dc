using CasuistiekBot.Cases;
using CasuistiekBot.Commands;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Signals.Intake;
using CasuistiekBot.Signals.Handlers;
using CasuistiekBot.Tasks;

namespace CasuistiekBot.Signals;

internal static class SignalsServiceCollectionExtensions
{
    /// <summary>The register, the signal cards and their actions, direct registration, "mijn signalen", the overview and the export. Needs AddDelivery and AddTriage.</summary>
    public static IServiceCollection AddSignals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChannelLanguage();
        services.AddOptions<SignalExportOptions>().Bind(configuration.GetSection(SignalExportOptions.SectionName));
        services.AddSingleton<SignalRegister>();
        services.AddSignalForms();
        services.AddSingleton<ICasusTimelineSource, SignalTimeline>();
        services.AddSingleton<IMyTaskSource, SignalTasks>();
        services.AddSingleton<SignalPeople>();
        services.AddSingleton<SignalCards>();
        services.AddSingleton<SignalPublisher>();
        services.AddSingleton<SignalFeedback>();
        services.AddSingleton<SignalTransitions>();
        services.AddSingleton<SignalRetagging>();
        services.AddSingleton<SignalAudience>();
        services.AddSingleton<SignalOverview>();
        services.AddSingleton<SignalOverviewCards>();
        services.AddSingleton<SignalExport>();
        services.AddAdminCommand<SignalExportCommand>("export", ("export signals --format csv|json", "the signal register (no authors) on stdout"));
        services.AddSingleton<ICardActionHandler, SignalActionHandler>();
        services.AddSingleton<ICardActionHandler, MySignalsListHandler>();
        services.AddSingleton<NewSignalHandler>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<NewSignalHandler>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<NewSignalHandler>());
        services.AddSingleton<ICommandHandler, SignalOverviewHandler>();
        services.AddSingleton<MySignalsCard>();
        services.AddSingleton<ICommandHandler, MySignalsHandler>();
        services.AddSingleton<IFailedMessageSubject, SignalFailureSubject>();
        services.AddSignalIntake();
        services.AddSignalHandlers();
        return services;
    }

    /// <summary>The signal form of the triage card and the outcome card, and who may own what.</summary>
    private static IServiceCollection AddSignalForms(this IServiceCollection services)
    {
        services.AddOptions<SignalFormOptions>().BindConfiguration(SignalFormOptions.SectionName)
            .Validate(o => o.IsValid(), "Sessions: MaxOwnerChoices 1-200, SignalDueWorkingDays 1-250").ValidateOnStart();
        services.AddSingleton<OwnerDirectory>();
        services.AddSingleton<SignalInputs>();
        services.AddSingleton<SignalForms>();
        services.AddSingleton<TriageSignal>();
        return services;
    }
}
