using CasuistiekBot.Commands;

namespace CasuistiekBot.AppPackage;

internal static class AppPackageServiceCollectionExtensions
{
    /// <summary>The <c>package</c> command, and <see cref="TeamsAppOptions"/> from <c>TeamsApp</c> (the dashboard's sign-on reads them too).</summary>
    public static IServiceCollection AddAppPackage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsAppOptions>().Bind(configuration.GetSection(TeamsAppOptions.SectionName));
        services.AddAdminCommand<PackageCommand>("package", ("package [--out <zip>]", "the Teams app package, filled from MicrosoftAppId and TeamsApp:*"));
        return services;
    }
}
