using Microsoft.Extensions.Options;

namespace CasuistiekBot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Registers the scrubber and the <c>scrub</c> admin command, with <see cref="PrivacyOptions"/> from <c>Privacy</c>.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>()
            .Bind(configuration.GetSection(PrivacyOptions.Section))
            .Validate(o => string.IsNullOrEmpty(o.FingerprintKey) || o.FingerprintKey.Length >= PrivacyOptions.MinimumKeyLength,
                $"Privacy:FingerprintKey must be at least {PrivacyOptions.MinimumKeyLength} characters when it is set.")
            .ValidateOnStart();
        services.AddSingleton<PersonalDataScrubber>();
        services.AddTransient<ScrubCommand>();
        return services;
    }
}
