using CasuistiekBot.Framework.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CasuistiekBot.Hosting;

/// <summary>Where the bot listens, and the refusal to serve unauthenticated traffic beyond this machine.</summary>
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
        var configured = builder.Configuration[WebHostDefaults.ServerUrlsKey];
        if (string.IsNullOrWhiteSpace(configured) && !builder.Configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(DefaultUrl);
            configured = DefaultUrl;
        }

        // Checked before anything listens, and again once the server reports where it really listens.
        EnsureAllowed(builder.Configuration, configured!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
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
