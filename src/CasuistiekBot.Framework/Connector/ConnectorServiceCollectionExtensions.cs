using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Connector;

/// <summary>Registration of the outbound Bot Connector client.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IConnectorClient"/> (singleton) and <see cref="IBotTokenProvider"/> for the configured app type,
    /// with <see cref="BotCredentialsOptions"/> bound from the root keys and <see cref="ConnectorOptions"/> from <c>Bot:Connector</c>.
    /// A <see cref="TimeProvider"/> registered beforehand is used for token expiry and retry delays.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotCredentialsOptions>().Bind(configuration)
            .Validate(o => o.Problem() is null, "Bot credentials are incomplete: check MicrosoftAppType, MicrosoftAppPassword and MicrosoftAppTenantId.")
            .ValidateOnStart();
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName))
            .Validate(o => o.MaxRetries >= 0 && o.TokenMaxRetries >= 0 && o.AttemptTimeout > TimeSpan.Zero && o.TotalTimeout > TimeSpan.Zero,
                "Bot:Connector needs non-negative retry counts and positive timeouts.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IBotTokenProvider>(CreateTokenProvider);
        services.TryAddSingleton<ConnectorResiliencePipeline>();
        services.TryAddTransient<ConnectorRetryHandler>();
        services.TryAddTransient<BotTokenHandler>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();

        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName);
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.TotalTimeout)
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            .AddHttpMessageHandler<BotTokenHandler>()
            // ConnectorLog already logs each call with its outcome; the factory's own per-request loggers and scopes cost on every reply.
            .RemoveAllLoggers();
        return services;
    }

    private static IBotTokenProvider CreateTokenProvider(IServiceProvider provider)
    {
        var credentials = provider.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;
        if (credentials.IsAnonymous) return new AnonymousTokenProvider();
        return credentials.ParsedAppType == BotAppType.UserAssignedMsi
            ? ActivatorUtilities.CreateInstance<ManagedIdentityTokenProvider>(provider)
            : ActivatorUtilities.CreateInstance<ClientCredentialsTokenProvider>(provider);
    }
}
