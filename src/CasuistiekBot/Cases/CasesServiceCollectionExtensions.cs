using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

internal static class CasesServiceCollectionExtensions
{
    public static IServiceCollection AddCases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CasesOptions>().Bind(configuration.GetSection("Cases"));
        services.AddSingleton<AuthorKeys>();
        services.AddSingleton<AuthorRouteSeal>();
        services.AddSingleton<IMigrationDataStep, LegacyAuthorRoutes>();
        services.AddSingleton<CaseSubmission>();
        services.AddSingleton<CaseWithdrawal>();
        services.AddSingleton<MyCases>();
        services.AddSingleton<MyCasesCards>();
        services.AddSingleton<MyCasesHandler>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<MyCasesHandler>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<MyCasesHandler>());
        return services;
    }
}
