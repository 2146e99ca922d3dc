using CasuistiekBot.Framework.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CasuistiekBot.Hosting;

/// <summary>
/// Where the bot listens, the refusal to serve unauthenticated traffic beyond this machine, and the refusal to run a
/// registered bot in the Development environment.
/// </summary>
internal static class BotHostDefaults
{
    /// <summary>The Bot Framework's local convention; <c>--urls</c> or <c>ASPNETCORE_URLS</c> override it.</summary>
    public const string DefaultUrl = "http://127.0.0.1:3978";

    /// <summary>A folder of declarative content (flows, card templates) shipped next to the binaries.</summary>
    public static string ContentDirectory(string name) =>
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, name)).FullName;

    /// <summary>
    /// The command line with configuration reload switched off (a later <c>--hostBuilder:reloadConfigOnChange=true</c>
    /// still wins). Reloading watches the content root recursively, and the SQLite database lives under it by default
    /// (data/), so every write woke the watcher: about a tenth of the CPU under load. Options are read once at start anyway.
    /// </summary>
    public static string[] HostArguments(string[] args) => ["--hostBuilder:reloadConfigOnChange=false", .. args];

    public static WebApplicationBuilder UseBotDefaults(this WebApplicationBuilder builder)
    {
        RefuseDevelopmentWithAppId(builder);

        // Kestrel:Endpoints (the usual place for certificates) takes precedence over urls, as Kestrel itself does.
        var endpoints = KestrelEndpointUrls(builder.Configuration);
        var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey];
        if (endpoints.Count == 0 && string.IsNullOrWhiteSpace(urls))
        {
            builder.WebHost.UseUrls(DefaultUrl);
            urls = DefaultUrl;
        }
        var addresses = endpoints.Count > 0 ? endpoints : urls!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        // Checked before anything listens, and again once the server reports where it really listens.
        EnsureAllowed(builder.Configuration, addresses);
        builder.Services.AddLoopbackHostFilter(builder.Configuration, builder.Environment);
        return builder;
    }

    public static WebApplication VerifyListenAddresses(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var decision = Evaluate(app.Configuration, addresses);
            if (decision.IsAllowed) return;
            app.Logger.LogCritical("{Message}", decision.Message);
            Environment.ExitCode = 2;
            app.Lifetime.StopApplication();
        });
        return app;
    }

    private static IReadOnlyList<string> KestrelEndpointUrls(IConfiguration configuration) =>
        [.. configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"]).OfType<string>().Where(url => url.Length > 0)];

    // Development opens the dashboard without sign-in to callers on this machine; a registered bot must never run so.
    private static void RefuseDevelopmentWithAppId(WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() || string.IsNullOrWhiteSpace(builder.Configuration["MicrosoftAppId"])) return;
        throw new InvalidOperationException(
            "Refusing to start: ASPNETCORE_ENVIRONMENT is Development, which opens the dashboard without sign-in, and MicrosoftAppId " +
            "is set, so this is a registered bot. Run a registered bot in another environment (Production), or clear MicrosoftAppId for local work.");
    }

    private static void EnsureAllowed(IConfiguration configuration, IEnumerable<string> addresses)
    {
        var decision = Evaluate(configuration, addresses);
        if (!decision.IsAllowed) throw new InvalidOperationException(decision.Message);
    }

    private static NetworkGuardDecision Evaluate(IConfiguration configuration, IEnumerable<string> addresses) =>
        UnauthenticatedNetworkGuard.Evaluate(
            configuration["MicrosoftAppId"],
            addresses,
            configuration.GetValue<bool>(UnauthenticatedNetworkGuard.AllowUnauthenticatedOnNetworkKey));
}
