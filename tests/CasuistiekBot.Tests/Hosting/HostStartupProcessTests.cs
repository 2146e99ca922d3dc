using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CasuistiekBot.Testing;

namespace CasuistiekBot.Tests.Hosting;

/// <summary>
/// The real executable with the usual ASP.NET Core ways to listen (Kestrel:Endpoints, with or without a certificate),
/// and its refusals at start.
/// </summary>
[StartsProcesses("the built executable")]
public sealed class HostStartupProcessTests
{
    [Fact]
    public async Task A_kestrel_http_endpoint_is_used_instead_of_the_default_address()
    {
        await using var host = await HostProcess.StartAsync(new()
        {
            ["Kestrel__Endpoints__Http__Url"] = "http://127.0.0.1:0",
        });

        Assert.True(host.ListeningOn is { } url && url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal), host.Output);
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{host.ListeningOn}/healthz")).StatusCode);
    }

    [Fact]
    public async Task A_kestrel_https_endpoint_with_a_certificate_file_serves_over_tls()
    {
        using var certificate = SelfSignedCertificate();
        var work = Directory.CreateTempSubdirectory("casuistiek-tls-");
        var path = Path.Combine(work.FullName, "bot.pfx");
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, password));

        await using var host = await HostProcess.StartAsync(new()
        {
            ["Kestrel__Endpoints__Https__Url"] = "https://127.0.0.1:0",
            ["Kestrel__Endpoints__Https__Certificate__Path"] = path,
            ["Kestrel__Endpoints__Https__Certificate__Password"] = password,
        });

        Assert.True(host.ListeningOn is { } url && url.StartsWith("https://127.0.0.1:", StringComparison.Ordinal), host.Output);
        string? presented = null;
        using var handler = new HttpClientHandler
        {
            // Trust exactly the certificate made above, and remember what the server showed.
            ServerCertificateCustomValidationCallback = (_, served, _, _) => (presented = served?.Thumbprint) == certificate.Thumbprint,
        };
        using var https = new HttpClient(handler);
        Assert.Equal(HttpStatusCode.OK, (await https.GetAsync($"{host.ListeningOn}/healthz")).StatusCode);
        Assert.Equal(certificate.Thumbprint, presented);
    }

    [Fact]
    public async Task Without_an_app_id_a_kestrel_endpoint_on_all_interfaces_is_refused_by_the_network_guard()
    {
        await using var host = await HostProcess.StartAsync(new()
        {
            ["Kestrel__Endpoints__Http__Url"] = "http://0.0.0.0:0",
        });

        Assert.True(host.ExitedByItself, host.Output);
        Assert.NotEqual(0, host.ExitCode);
        Assert.Contains("MicrosoftAppId is empty", host.Output);
    }

    [Fact]
    public async Task A_registered_bot_in_the_development_environment_refuses_to_start()
    {
        await using var host = await HostProcess.StartAsync(new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["MicrosoftAppId"] = "6f0bd3c5-3b56-4d5a-9b8e-0c1a2b3c4d5e",
            ["MicrosoftAppPassword"] = "not-used",
            ["MicrosoftAppTenantId"] = "72f988bf-0000-4000-8000-000000000001",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        });

        Assert.True(host.ExitedByItself, host.Output);
        Assert.NotEqual(0, host.ExitCode);
        Assert.Contains("Refusing to start: ASPNETCORE_ENVIRONMENT is Development", host.Output);
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
    }
}
