using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// An app-only Graph token by the client-credentials grant, with a secret or a certificate (a signed client assertion,
/// RFC 7523), cached until shortly before it expires. A plain form POST: MSAL refuses the http authority of a local fake.
/// </summary>
internal sealed class GraphTokenClient(IHttpClientFactory clients, IOptions<GraphOptions> options, TimeProvider clock)
{
    public const string HttpClientName = "CasuistiekBot.Graph";
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Value, DateTimeOffset RefreshAt)? _current;

    /// <returns>The token, or null when the token endpoint refused or failed (the caller tries again later).</returns>
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } cached && clock.GetUtcNow() < cached.RefreshAt) return cached.Value;
            var o = options.Value;
            var endpoint = $"{o.Authority.TrimEnd('/')}/{o.TenantId}/oauth2/v2.0/token";
            var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = o.ClientId!, ["scope"] = o.Scope };
            if (!string.IsNullOrWhiteSpace(o.CertificatePath))
            {
                form["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
                form["client_assertion"] = Assertion(o, endpoint);
            }
            else
            {
                form["client_secret"] = o.ClientSecret!;
            }
            var requestedAt = clock.GetUtcNow();
            using var response = await clients.CreateClient(HttpClientName).PostAsync(endpoint, new FormUrlEncodedContent(form), cancellationToken);
            if (!response.IsSuccessStatusCode) return null;
            var body = await response.Content.ReadFromJsonAsync<TokenBody>(cancellationToken);
            if (body?.AccessToken is not { Length: > 0 } token) return null;
            var lifetime = TimeSpan.FromSeconds(body.ExpiresIn ?? 3600);
            _current = (token, requestedAt + lifetime - (Margin < lifetime / 2 ? Margin : lifetime / 2));
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string Assertion(GraphOptions o, string audience)
    {
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(o.CertificatePath!, o.CertificatePassword);
        using var key = certificate.GetRSAPrivateKey() ?? throw new InvalidOperationException("Graph:CertificatePath holds no RSA private key.");
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["alg"] = "RS256", ["typ"] = "JWT", ["x5t"] = WebEncoders.Base64UrlEncode(certificate.GetCertHash()),
        });
        var claims = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["aud"] = audience, ["iss"] = o.ClientId!, ["sub"] = o.ClientId!, ["jti"] = Guid.NewGuid().ToString(), ["nbf"] = now, ["exp"] = now + 600,
        });
        var unsigned = $"{WebEncoders.Base64UrlEncode(header)}.{WebEncoders.Base64UrlEncode(claims)}";
        var signature = key.SignData(Encoding.ASCII.GetBytes(unsigned), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{unsigned}.{WebEncoders.Base64UrlEncode(signature)}";
    }

    private sealed record TokenBody(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn);
}
