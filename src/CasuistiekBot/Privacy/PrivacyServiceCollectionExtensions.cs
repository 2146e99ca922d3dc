using CasuistiekBot.Commands;
using CasuistiekBot.Privacy.Words;
using CasuistiekBot.Storage;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>
    /// Registers the scrubber and the <c>scrub</c> admin command, with <see cref="PrivacyOptions"/> from <c>Privacy</c>, and
    /// the Dutch word list: loaded once per process, reported in the log at start and part of readiness.
    /// </summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>()
            .Bind(configuration.GetSection(PrivacyOptions.Section))
            .Validate(o => string.IsNullOrEmpty(o.FingerprintKey) || o.FingerprintKey.Length >= PrivacyOptions.MinimumKeyLength,
                $"Privacy:FingerprintKey must be at least {PrivacyOptions.MinimumKeyLength} characters when it is set.")
            .ValidateOnStart();
        services.AddSingleton(sp => DutchWordList.Load(sp.GetRequiredService<IOptions<PrivacyOptions>>().Value.WordListPath));
        services.AddHostedService<WordListStartupReport>();
        services.AddHealthChecks().AddCheck<WordListHealthCheck>(WordListHealthCheck.Name, tags: [DatabaseHealthCheck.ReadyTag]);
        services.AddSingleton<PersonalDataScrubber>();
        services.AddAdminCommand<ScrubCommand>("scrub", ("scrub", """JSON Lines {"id","text"} on stdin -> scrubbed text and what was replaced"""));
        return services;
    }
}
