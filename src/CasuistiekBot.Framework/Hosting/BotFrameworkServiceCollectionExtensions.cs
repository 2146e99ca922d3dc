using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Middleware;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Hosting;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// The turn pipeline: adapter, router and the middleware chain in its order (error handling, tenant filter,
    /// deduplication, per-conversation serialization, typing indicator). Features add handlers and more middleware after.
    /// The tenant policy is resolved (and logged) at start; settings that leave no tenant to serve stop the start. The app
    /// registers the <see cref="Pipeline.IPipelineMessages"/> the pipeline words its own replies with.
    /// </summary>
    public static IServiceCollection AddBotPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStateStore, MemoryStateStore>();
        services.TryAddSingleton<IActivityDeduplicator, MemoryActivityDeduplicator>();
        services.AddSingleton<KeyedLock>();
        services.AddSingleton<BotAdapter>();
        services.AddSingleton<BotEndpoint>();
        services.AddOptions<BotEndpointOptions>().Bind(configuration.GetSection("Bot:Endpoint"));
        services.AddOptions<TurnOptions>().Bind(configuration.GetSection("Bot:Endpoint"));
        services.AddOptions<TenantFilterOptions>().Bind(configuration.GetSection("Bot"));
        services.AddSingleton(provider => TenantPolicy.Resolve(
                provider.GetRequiredService<IOptions<TenantFilterOptions>>().Value.AllowedTenants,
                configuration["MicrosoftAppId"], configuration["MicrosoftAppTenantId"], out var failure)
            ?? throw new InvalidOperationException(failure));
        services.AddHostedService<TenantPolicyLog>();

        services.AddSingleton<ITurnMiddleware, ErrorHandlingMiddleware>();
        services.AddSingleton<ITurnMiddleware, TenantFilterMiddleware>();
        services.AddSingleton<ITurnMiddleware, DeduplicationMiddleware>();
        services.AddSingleton<ITurnMiddleware, ConversationSerializationMiddleware>();
        services.AddSingleton<ITurnMiddleware, TypingIndicatorMiddleware>();
        services.AddScoped<IActivityHandler, ActivityRouter>();
        return services;
    }

    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, (HttpContext http, BotEndpoint endpoint) => endpoint.HandleAsync(http));
}
