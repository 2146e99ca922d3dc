using CasuistiekBot.Framework.Auth;
using Microsoft.AspNetCore.HostFiltering;

namespace CasuistiekBot.Hosting;

/// <summary>
/// Without an app id the bot serves anyone who reaches it, and in Development the dashboard opens without sign-in; both
/// are kept to this machine by listening on loopback. A web page the developer visits can still get there by DNS
/// rebinding, but its requests then carry the page's host name. So in these modes only requests addressed to
/// localhost, 127.0.0.1 or [::1] (any port) are served; ASP.NET Core's host filtering answers the rest with 400.
/// </summary>
internal static class LoopbackHosts
{
    public static readonly IReadOnlyList<string> Names = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>True in Development, and without an app id unless the operator opened the unauthenticated bot to the network.</summary>
    public static bool AreRequired(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsDevelopment()
        || (string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"])
            && !configuration.GetValue<bool>(UnauthenticatedNetworkGuard.AllowUnauthenticatedOnNetworkKey));

    public static IServiceCollection AddLoopbackHostFilter(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Read when the options are first built, after every configuration source (test hosts add theirs late) is in.
        services.PostConfigure<HostFilteringOptions>(options =>
        {
            if (!AreRequired(configuration, environment)) return;
            options.AllowedHosts = [.. Names];
            options.AllowEmptyHosts = false;
        });
        return services;
    }
}
