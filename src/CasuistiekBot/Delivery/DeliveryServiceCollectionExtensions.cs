using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Delivery;

internal static class DeliveryServiceCollectionExtensions
{
    /// <summary>Only the outbox, to queue and read messages; <see cref="AddDelivery"/> adds the worker that sends them.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.TryAddSingleton<DeliverySignal>();
        services.TryAddSingleton<IOutbox, Outbox>();
        return services;
    }

    /// <summary>
    /// The outbox, its delivery worker (a hosted service) and the dead-letter list. Needs AddStorage,
    /// AddBotConnector and AddConversationCapture's store. <c>Bot:Id</c> names the bot for creating 1:1 chats.
    /// </summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>()
            .Bind(configuration.GetSection(DeliveryOptions.SectionName))
            .Configure(options => options.BotId ??= configuration["Bot:Id"])
            .Validate(o => o.GlobalPerSecond is >= 1 and <= DeliveryOptions.MaxGlobalPerSecond, "Delivery:GlobalPerSecond must be 1 to 50 (Teams allows 50 per app).")
            .Validate(o => o.PerConversationPerSecond is >= 1 and <= DeliveryOptions.TeamsPerConversationPerSecond, "Delivery:PerConversationPerSecond must be 1 to 7.")
            .Validate(o => o.PerConversationPerHour is >= 1 and <= DeliveryOptions.TeamsPerConversationPerHour, "Delivery:PerConversationPerHour must be 1 to 1800.")
            .Validate(o => o.RateMargin >= TimeSpan.Zero && o.RateMargin < TimeSpan.FromSeconds(1), "Delivery:RateMargin must be at least zero and under a second.")
            .Validate(o => o.BatchSize >= 1 && o.MaxParallelConversations >= 1 && o.MaxAttempts >= 1, "Delivery:BatchSize, MaxParallelConversations and MaxAttempts must be positive.")
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.RetryBaseDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.RetryBaseDelay && o.MaxRateLimitWait >= TimeSpan.Zero,
                "Delivery needs a positive PollInterval and RetryBaseDelay, and MaxRetryDelay at least RetryBaseDelay.")
            .Validate<IOptions<ConnectorOptions>>((o, connector) => o.LeaseDuration > connector.Value.TotalTimeout + o.MaxRateLimitWait,
                "Delivery:LeaseDuration must outlast Bot:Connector:TotalTimeout plus Delivery:MaxRateLimitWait, or a slow send could be sent again by another instance.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddOutbox();
        services.AddProductMetrics();
        services.AddHostedService<OutboxBacklogSampler>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<DeliveryRateLimiter>();
        services.AddSingleton<SendSlots>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<RecipientResolver>();
        services.AddSingleton<DeadLetterReporter>();
        services.AddSingleton<MessageDispatcher>();
        services.AddSingleton<IDeadLetters, DbDeadLetters>();
        services.TryAddSingleton<IDeliveryFailureNotifier, LoggingDeliveryFailureNotifier>();
        services.AddSingleton<IReplyQueue, OutboxReplyQueue>();
        services.AddSingleton<DeliveryWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<DeliveryWorker>());
        return services;
    }
}
