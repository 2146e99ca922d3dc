namespace CasuistiekBot.Expertise;

internal static class ExpertiseServiceCollectionExtensions
{
    public static IServiceCollection AddExpertiseDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExpertiseOptions>().Bind(configuration.GetSection("Expertise"));
        services.AddSingleton<DirectoryImport>();
        services.AddSingleton<ExpertiseDirectory>();
        return services.AddHostedService<DirectorySeeder>();
    }
}
