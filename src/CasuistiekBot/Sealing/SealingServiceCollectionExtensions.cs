using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Sealing;

internal static class SealingServiceCollectionExtensions
{
    /// <summary>Application name of the key ring: fixed, so values sealed by one deployment open in the next.</summary>
    private const string ApplicationName = "CasuistiekBot";

    /// <summary>
    /// The key folder and the <see cref="IDataProtectionProvider"/> that seals what the database must not show (the way
    /// back to an author): Data Protection with its key ring in <c>Privacy:KeysDirectory</c>, or the configured
    /// <c>Privacy:SealingKey</c>. Decided when first used, so test configuration added late still counts.
    /// </summary>
    public static IServiceCollection AddSealing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SealingOptions>()
            .Bind(configuration.GetSection(SealingOptions.Section))
            .Validate(o => string.IsNullOrWhiteSpace(o.SealingKey) || SealingOptions.Decode(o.SealingKey) is not null,
                $"Privacy:SealingKey must be base64 of at least {SealingOptions.MinimumSealingKeyBytes} random bytes.")
            .Validate(o => o.PreviousSealingKeys.All(k => SealingOptions.Decode(k) is not null),
                "Privacy:PreviousSealingKeys must each be base64 of at least 32 bytes.")
            .Validate(o => string.IsNullOrWhiteSpace(o.SealingKey) || !string.IsNullOrWhiteSpace(o.AuthorKey),
                "Privacy:AuthorKey must be configured with Privacy:SealingKey: otherwise its key would be kept on disk after all.")
            .Validate(o => string.IsNullOrEmpty(o.AuthorKey) || o.AuthorKey.Length >= SealingOptions.MinimumAuthorKeyLength,
                $"Privacy:AuthorKey must be at least {SealingOptions.MinimumAuthorKeyLength} characters when it is set.")
            .ValidateOnStart();
        services.AddSingleton<KeyFolder>();
        services.AddSingleton(Create);
        return services;
    }

    private static IDataProtectionProvider Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SealingOptions>>().Value;
        if (SealingOptions.Decode(options.SealingKey) is { } key)
        {
            return new ConfiguredKeyProtectionProvider([key, .. options.PreviousSealingKeys.Select(k => SealingOptions.Decode(k)!)]);
        }
        var folder = services.GetRequiredService<KeyFolder>().Path;
        return DataProtectionProvider.Create(new DirectoryInfo(folder), builder =>
        {
            builder.SetApplicationName(ApplicationName);
            builder.Services.Configure<KeyManagementOptions>(o => o.XmlRepository = new PrivateXmlRepository(folder));
        });
    }
}
