using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Auth;

/// <summary>Registers inbound Bot Framework authentication.</summary>
public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>The named <see cref="HttpClient"/> used to fetch OpenID metadata and signing keys.</summary>
    public const string HttpClientName = "CasuistiekBot.Auth.SigningKeys";

    /// <summary>
    /// Adds <see cref="IInboundAuthenticator"/>, binding <see cref="BotAuthenticationOptions"/> from the configuration
    /// root (SDK key names), <see cref="EmulatorTokenOptions"/> from <c>Bot</c> and <see cref="BotAuthenticationTuningOptions"/>
    /// from <c>Bot:Auth</c>; all are validated on start, and the open paths are logged at start.
    /// Uses the registered <see cref="TimeProvider"/> (the system clock unless one is registered first).
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.AddOptions<BotAuthenticationTuningOptions>()
            .Bind(configuration.GetSection(BotAuthenticationTuningOptions.SectionName))
            .ValidateOnStart();
        services.AddOptions<EmulatorTokenOptions>().Bind(configuration.GetSection(EmulatorTokenOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EmulatorTokenOptions>, EmulatorTokenOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationTuningOptions>, BotAuthenticationTuningOptionsValidator>());

        services.AddHttpClient(HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(30);
            // A JWKS is a few KB; refuse to buffer anything absurd.
            client.MaxResponseContentBufferSize = 1024 * 1024;
        });

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SigningKeyFetcher>();
        services.TryAddSingleton<SigningKeyCaches>();
        services.TryAddSingleton<SignedTokenValidator>();
        services.TryAddSingleton<IInboundAuthenticator, InboundAuthenticator>();
        services.AddHostedService<AuthenticationPathsLog>();
        return services;
    }
}
