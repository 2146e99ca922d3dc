using System.Text.Json;

namespace CasuistiekBot.Framework.Auth;

/// <summary>Fetches OpenID metadata, follows its <c>jwks_uri</c> and parses the keys.</summary>
internal sealed class SigningKeyFetcher(IHttpClientFactory httpClientFactory)
{
    public async Task<SigningKeySet> FetchAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(BotAuthenticationServiceCollectionExtensions.HttpClientName);

        using var metadata = await GetJsonAsync(client, new Uri(metadataUrl, UriKind.Absolute), cancellationToken);
        if (!metadata.RootElement.TryGetProperty("jwks_uri", out var jwksUri)
            || jwksUri.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(jwksUri.GetString(), UriKind.Absolute, out var jwksLocation))
        {
            throw new InvalidDataException($"The OpenID metadata at {metadataUrl} has no absolute 'jwks_uri'.");
        }

        using var jwks = await GetJsonAsync(client, jwksLocation, cancellationToken);
        return SigningKeySet.Parse(jwks.RootElement);
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, Uri location, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(location, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
    }
}
