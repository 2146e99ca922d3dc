using CasuistiekBot.Dashboard.PerMt;
using CasuistiekBot.AppPackage;

namespace CasuistiekBot.Dashboard;

internal static class DashboardServiceCollectionExtensions
{
    /// <summary>The signals dashboard: Teams SSO validation, the gate for coordinators and MT members, queries and pages. <see cref="TeamsAppOptions"/> are bound by AddAppPackage.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.SectionName))
            .Validate(o => o.ClockSkew >= TimeSpan.Zero && o.ClockSkew <= TimeSpan.FromMinutes(10), "Dashboard:ClockSkew must be between 0 and 10 minutes")
            .Validate(o => !string.IsNullOrWhiteSpace(o.RequiredScope), "Dashboard:RequiredScope is required")
            .ValidateOnStart();
        services.AddDashboardSso();
        services.AddSingleton<SsoClaims>();
        services.AddSingleton<DashboardGate>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<SignalHistory>();
        services.AddSingleton<OverviewPage>();
        services.AddSingleton<PerMtSection>();
        services.AddSingleton<SignalPage>();
        services.AddSingleton<ShellPages>();
        services.AddSingleton<TrendsPage>();
        return services;
    }
}
