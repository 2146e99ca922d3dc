namespace CasuistiekBot.Roles;

internal static class RolesServiceCollectionExtensions
{
    public static IServiceCollection AddRoles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RolesOptions>().Bind(configuration.GetSection("Roles"));
        services.AddSingleton<CoordinatorGuard>();
        return services.AddSingleton<IRoleResolver, ConfiguredRoleResolver>();
    }
}
