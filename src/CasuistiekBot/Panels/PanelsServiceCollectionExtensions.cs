using CasuistiekBot.Cases;
using CasuistiekBot.Coordinators;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Panels.Meetings;
using CasuistiekBot.Sessions;
using CasuistiekBot.Tasks;
using CasuistiekBot.Triage;

namespace CasuistiekBot.Panels;

internal static class PanelsServiceCollectionExtensions
{
    public static IServiceCollection AddPanels(this IServiceCollection services)
    {
        services.AddChannelLanguage();
        services.AddOptions<PanelsOptions>().BindConfiguration("Panels").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PanelLoads>();
        services.AddSingleton<ICasusTimelineSource, PanelTimeline>();
        services.AddSingleton<PanelBriefs>();
        services.AddSingleton<SuggestionReasons>();
        services.AddSingleton<PanelCards>();
        services.AddSingleton<InvitationCards>();
        services.AddSingleton<PersonCards>();
        services.AddSingleton<PanelPublisher>();
        services.AddSingleton<InvitationSender>();
        services.AddSingleton<ReplacementOffers>();
        services.AddSingleton<PanelConflicts>();
        services.AddSingleton<PanelChanges>();
        services.AddSingleton<PanelInviting>();
        services.AddSingleton<PanelSending>();
        services.AddSingleton<PreviewCards>();
        services.AddSingleton<PanelPreviews>();
        services.AddSingleton<PanelRescheduling>();
        services.AddSingleton<ISpreekuurListener, PanelPlanner>();
        services.AddSingleton<ICasusWithdrawnListener, PanelWithdrawal>();
        services.AddSingleton<ICasusErasedListener, PanelErasure>();
        services.AddSingleton<ICardActionHandler, PanelActionHandler>();
        services.AddSingleton<ICardActionHandler, InvitationActionHandler>();
        services.AddSingleton<ICardActionHandler, PanelPreviewHandler>();
        services.AddSingleton<ICommandHandler, PersonCommand>();
        services.AddSingleton<InvitationTasks>();
        services.AddSingleton<IMyTaskSource>(sp => sp.GetRequiredService<InvitationTasks>());
        services.AddSingleton<ICommandHandler, MyInvitationsHandler>();
        services.AddSingleton<InvitationReminder>();
        services.AddHostedService(sp => sp.GetRequiredService<InvitationReminder>());
        services.AddSessionLogistics();
        services.AddSingleton<PreviewDeadline>();
        return services.AddHostedService(sp => sp.GetRequiredService<PreviewDeadline>());
    }
}
