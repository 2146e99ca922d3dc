using CasuistiekBot.Commands;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Routing;

internal static class RoutingServiceCollectionExtensions
{
    // Named apart from ASP.NET Core's AddRouting.
    public static IServiceCollection AddCasusRouting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoutingOptions>().Bind(configuration.GetSection(RoutingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();
        services.AddSingleton(provider => RoutingTable.FromOptions(provider.GetRequiredService<IOptions<RoutingOptions>>().Value));
        services.AddSingleton<RouteSuggester>();
        services.AddSingleton<SafetyDetector>();
        services.AddSingleton<ThemeExtractor>();
        services.AddAdminCommand<RouteCommand>("route", ("route [--ai]", """JSON Lines {"id","text"} on stdin -> ranked routes with reasons and themes"""));
        services.AddAdminCommand<RoutesValidateCommand>("routes", ("routes validate <file>", "check a routing table"));
        return services;
    }
}
