using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Panels.Meetings;

internal static class LogisticsServiceCollectionExtensions
{
    /// <summary>The session's calendar link, the Teams meeting job (with Graph configured) and the inbrenger's invitation to present.</summary>
    public static IServiceCollection AddSessionLogistics(this IServiceCollection services)
    {
        services.AddOptions<LogisticsOptions>().BindConfiguration(LogisticsOptions.Section)
            .Validate(o => o.PublicBaseUrl is null || (Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps),
                "Meetings:PublicBaseUrl must be an absolute https address.")
            .Validate(o => o.SessionLength > TimeSpan.Zero && o.CheckInterval > TimeSpan.Zero && o.MaxAttempts > 0, "Meetings: lengths and intervals must be positive.")
            .ValidateOnStart();
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section)
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _) && Uri.TryCreate(o.Authority, UriKind.Absolute, out _), "Graph:BaseUrl and Graph:Authority must be absolute URLs.")
            .ValidateOnStart();
        services.AddHttpClient(GraphTokenClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<CalendarLinks>();
        services.AddSingleton<SessionTimes>();
        services.AddSingleton<GraphTokenClient>();
        services.AddSingleton<GraphMeetings>();
        services.AddSingleton<MeetingPublisher>();
        services.AddSingleton<MeetingPlans>();
        services.AddSingleton<MeetingBackoff>();
        services.AddSingleton<MeetingNotices>();
        services.AddSingleton<MeetingClaims>();
        services.AddSingleton<MeetingCreation>();
        services.AddSingleton<MeetingSync>();
        services.AddSingleton<MeetingRemoval>();
        services.AddSingleton<PresenterCards>();
        services.AddSingleton<ICardActionHandler, PresenterOfferHandler>();
        services.AddSingleton<ICardActionHandler, PresenterAnswerHandler>();
        services.AddSingleton<MeetingWorker>();
        return services.AddHostedService(sp => sp.GetRequiredService<MeetingWorker>());
    }
}
