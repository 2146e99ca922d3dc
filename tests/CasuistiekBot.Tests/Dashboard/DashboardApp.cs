using System.Net.Http.Headers;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Auth;
using CasuistiekBot.Testing.Postgres;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Tests.Dashboard;

/// <summary>
/// The real app with the dashboard, trusting a local Entra stand-in (<see cref="TestTokenIssuer"/>'s Entra side) for
/// Teams SSO tokens, on a fake clock. With <c>kestrel</c> it listens on a real loopback port for the browser.
/// </summary>
internal sealed class DashboardApp : IAsyncDisposable
{
    public const string HostName = "casuistiek.test.example.nl";
    public const string Coordinator = "00000000-0000-4000-8000-0000000000c1";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _dataDirectory;
    private readonly PostgresTestDatabase? _postgres;

    private DashboardApp(TestTokenIssuer issuer, FakeTimeProvider clock, string environment, bool kestrel, IReadOnlyDictionary<string, string?> settings, string dataDirectory, PostgresTestDatabase? postgres)
    {
        Issuer = issuer;
        Clock = clock;
        _dataDirectory = dataDirectory;
        _postgres = postgres;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });
        if (kestrel)
        {
            _factory.UseKestrel();
            _factory.StartServer();
        }
        Client = _factory.CreateClient();
    }

    public TestTokenIssuer Issuer { get; }
    public FakeTimeProvider Clock { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _factory.Services;

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:40123</c> (only with <c>kestrel</c>).</summary>
    public string BaseAddress => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');

    public static async Task<DashboardApp> StartAsync(FakeTimeProvider clock, string environment = "Production", bool kestrel = false, bool postgres = false)
    {
        var issuer = await TestTokenIssuer.StartAsync(clock);
        var dataDirectory = Directory.CreateTempSubdirectory("casuistiek-dashboard-").FullName;
        var database = postgres ? await PostgresTestDatabase.CreateAsync() : null;
        // A registered bot may not run in Development, so the developer's dashboard runs without an app id, as it would locally.
        var settings = new Dictionary<string, string?>(issuer.AppConfiguration(appId: environment == "Development" ? "" : TestTokenIssuer.DefaultAppId))
        {
            ["Database:Provider"] = postgres ? "Postgres" : "Sqlite",
            ["ConnectionStrings:CasuistiekDb"] = database?.ConnectionString ?? $"Data Source={Path.Combine(dataDirectory, "bot.db")}",
            ["ToChannelFromBotLoginUrl"] = issuer.BaseAddress,
            ["Dashboard:OpenIdMetadataUrl"] = issuer.Emulator.MetadataUrl,
            ["TeamsApp:HostName"] = HostName,
            ["Roles:Coordinators:0"] = Coordinator,
            // The seed plays a year forward on the fake clock, which runs a periodic worker once for every period it
            // passes (over 100,000 reminder rounds); the dashboard reads what is stored, so the worker stays off.
            ["Reminders:WorkerEnabled"] = "false",
            ["urls"] = "http://127.0.0.1:0",
        };
        return new DashboardApp(issuer, clock, environment, kestrel, settings, dataDirectory, database);
    }

    /// <summary>A token as Teams SSO hands it to the tab (v1: sts.windows.net issuer, App ID URI audience).</summary>
    public string Token(string objectId, Func<TestTokenSpec, TestTokenSpec>? customize = null) =>
        Issuer.CreateToken((customize ?? (spec => spec))(TokenSpec(objectId)));

    public TestTokenSpec TokenSpec(string objectId) => new()
    {
        Issuer = $"https://sts.windows.net/{TestTokenIssuer.DefaultTenantId}/",
        Audience = $"api://{HostName}/{TestTokenIssuer.DefaultAppId}",
        SigningKey = Issuer.Emulator.CurrentKey,
        Claims = new Dictionary<string, object>
        {
            ["ver"] = "1.0",
            ["tid"] = TestTokenIssuer.DefaultTenantId,
            ["oid"] = objectId,
            ["scp"] = "access_as_user",
            ["appid"] = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346",
        },
    };

    public Task<HttpResponseMessage> GetAsync(string path, string? token = null, string? acceptLanguage = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return Client.SendAsync(request);
    }

    public async Task<CasuistiekDbContext> DatabaseAsync() =>
        await Services.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Issuer.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
