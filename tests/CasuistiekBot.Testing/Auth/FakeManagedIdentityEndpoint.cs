using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Testing.Auth;

/// <summary>
/// A managed identity token endpoint on 127.0.0.1 in the shape App Service offers (<c>IDENTITY_ENDPOINT</c> and
/// <c>IDENTITY_HEADER</c>): a GET with <c>resource</c> and <c>api-version</c> and the secret header answers an access
/// token. Every request is recorded as its path and query plus the header it carried.
/// </summary>
public sealed class FakeManagedIdentityEndpoint : IAsyncDisposable
{
    /// <summary>The value for <c>IDENTITY_HEADER</c>; requests without it are refused.</summary>
    public const string Secret = "fake-identity-header";

    /// <summary>The access token the endpoint hands out.</summary>
    public const string AccessToken = "fake-managed-identity-token";

    private readonly Lock _gate = new();
    private readonly List<(string PathAndQuery, string? Secret)> _requests = [];
    private WebApplication? _app;

    private FakeManagedIdentityEndpoint() { }

    /// <summary>The value for <c>IDENTITY_ENDPOINT</c>, e.g. <c>http://127.0.0.1:5123/msi/token</c>.</summary>
    public string Endpoint { get; private set; } = "";

    public IReadOnlyList<(string PathAndQuery, string? Secret)> Requests { get { lock (_gate) return _requests.ToList(); } }

    public static async Task<FakeManagedIdentityEndpoint> StartAsync()
    {
        var endpoint = new FakeManagedIdentityEndpoint();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(endpoint.HandleAsync);
        await app.StartAsync();
        endpoint._app = app;
        var root = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        endpoint.Endpoint = root + "/msi/token";
        return endpoint;
    }

    private Task HandleAsync(HttpContext context)
    {
        var secret = context.Request.Headers["X-IDENTITY-HEADER"].FirstOrDefault();
        lock (_gate) _requests.Add((context.Request.Path + context.Request.QueryString, secret));

        var resource = context.Request.Query["resource"].FirstOrDefault();
        if (secret != Secret || string.IsNullOrEmpty(resource) || string.IsNullOrEmpty(context.Request.Query["api-version"]))
            return Results.Json(new { statusCode = 400, message = "resource, api-version and the identity header are required" }, statusCode: 400).ExecuteAsync(context);

        var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var token = new JsonObject
        {
            ["access_token"] = AccessToken,
            ["expires_on"] = expiresOn.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["resource"] = resource,
            ["token_type"] = "Bearer",
            ["client_id"] = "00000000-0000-0000-0000-000000000001",
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(token.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null) return;
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(patience.Token);
        await _app.DisposeAsync();
    }
}
