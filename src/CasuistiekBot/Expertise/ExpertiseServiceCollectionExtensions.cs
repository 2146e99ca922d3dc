using CasuistiekBot.Commands;

namespace CasuistiekBot.Expertise;

internal static class ExpertiseServiceCollectionExtensions
{
    public static IServiceCollection AddExpertiseDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExpertiseOptions>().Bind(configuration.GetSection("Expertise"));
        services.AddSingleton<DirectoryImport>();
        services.AddSingleton<ExpertiseDirectory>();
        services.AddAdminCommand<DirectoryCommand>("directory",
            ("directory import <file>", "import people (CSV or JSON) into the expertise directory"),
            ("directory show <query>", "show a person by name, e-mail or object id"));
        return services.AddHostedService<DirectorySeeder>();
    }
}
