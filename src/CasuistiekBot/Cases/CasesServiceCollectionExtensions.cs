using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Sealing;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

internal static class CasesServiceCollectionExtensions
{
    public static IServiceCollection AddCases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CasesOptions>().Bind(configuration.GetSection("Cases"));
        services.AddSingleton<AuthorKeys>();
        services.AddSingleton<AuthorManagerCheck>();
        services.AddAuthorRouteSealing(configuration);
        services.AddSingleton<CaseSubmission>();
        services.AddSingleton<CaseWithdrawal>();
        services.AddSingleton<CaseErasure>();
        services.AddSingleton<ErasableCases>();
        services.AddSingleton<MyCases>();
        services.AddSingleton<MyCasesCards>();
        services.AddAuthorMessaging();
        services.AddSingleton<ITurnMiddleware, NewsReoffer>();
        services.AddSingleton<IDeadLetterListener, UndeliveredAuthorNews>();
        services.AddSingleton<IFailedMessageSubject, AuthorFailureSubject>();
        services.AddSingleton<MyCasesHandler>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<MyCasesHandler>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<MyCasesHandler>());
        services.AddSingleton<CaseAddition>();
        services.AddSingleton<AdditionCards>();
        services.AddSingleton<AdditionHandler>();
        services.AddSingleton<ICommandHandler>(sp => sp.GetRequiredService<AdditionHandler>());
        services.AddSingleton<ICardActionHandler>(sp => sp.GetRequiredService<AdditionHandler>());
        return services;
    }

    /// <summary>Messages to authors and the news that waits for them; every slice that tells an author something uses these.</summary>
    public static IServiceCollection AddAuthorMessaging(this IServiceCollection services)
    {
        services.AddSingleton<WaitingNews>();
        services.AddSingleton<AuthorMessenger>();
        return services;
    }

    /// <summary>
    /// Sealing of the way back to authors, with the migration step that seals the routes of older cases: needed wherever
    /// the database is migrated (the web host, and admin commands that migrate first), lest the plain routes be dropped unsealed.
    /// </summary>
    public static IServiceCollection AddAuthorRouteSealing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSealing(configuration);
        services.AddSingleton<AuthorRouteSeal>();
        services.AddSingleton<IMigrationDataStep, LegacyAuthorRoutes>();
        return services;
    }
}
