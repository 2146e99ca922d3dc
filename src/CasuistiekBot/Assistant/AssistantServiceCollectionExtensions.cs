using CasuistiekBot.Privacy;
using CasuistiekBot.Routing;
using CasuistiekBot.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Assistant;

internal static class AssistantServiceCollectionExtensions
{
    // Without AI:Endpoint and AI:Model the assistant always answers null and never touches the network: no chat client
    // and no Azure credential is created. The choice is made when the assistant is first resolved, so configuration
    // added after registration (tests) still counts.
    public static IServiceCollection AddAssistant(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AssistantOptions>()
            .Bind(configuration.GetSection(AssistantOptions.SectionName))
            .Validate(o => AssistantOptions.IsValidEndpoint(o.Endpoint), "AI:Endpoint must be an absolute http(s) URL")
            .Validate(o => AssistantOptions.IsValidProvider(o.Provider), "AI:Provider must be AzureOpenAI or OpenAI")
            .Validate(o => o.Timeout > TimeSpan.Zero, "AI:Timeout must be positive")
            .Validate(o => o.MaxOutputTokens > 0, "AI:MaxOutputTokens must be positive")
            .Validate(o => o.Temperature is null or >= 0 and <= 2, "AI:Temperature must be between 0 and 2")
            .ValidateOnStart();

        // Of the pipeline's logger only the Debug lines (call started, call finished): its Trace lines carry whole prompts,
        // and even scrubbed stories stay out of logs; its Error on a failure would repeat the assistant's one warning.
        services.Configure<LoggerFilterOptions>(o => o.Rules.Add(
            new LoggerFilterRule(null, typeof(LoggingChatClient).FullName, LogLevel.Debug, (_, _, level) => level == LogLevel.Debug)));
        services.TryAddSingleton(TimeProvider.System);
        // The organisation's calendar dates a story's "volgende week"; the app registers it with its settings first.
        services.TryAddSingleton<Calendar.WorkingDayCalendar>();
        services.AddProductMetrics();
        services.AddKeyedSingleton<IChatClient>(nameof(ICasusAssistant), (provider, _) =>
            new ChatClientBuilder(AssistantChatClients.Create(provider.GetRequiredService<IOptions<AssistantOptions>>().Value))
                .UseLogging()
                // Spans and metrics without message content; no logger, so a failure is not logged a second time.
                .UseOpenTelemetry(NullLoggerFactory.Instance, ProductMetrics.AssistantSource, telemetry => telemetry.EnableSensitiveData = false)
                .Build(provider));
        services.AddSingleton<ICasusAssistant>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<AssistantOptions>>();
            var logger = provider.GetRequiredService<ILogger<ChatCasusAssistant>>();
            if (!options.Value.Enabled)
            {
                AssistantLog.Off(logger);
                return new DisabledCasusAssistant();
            }
            AssistantLog.On(logger, options.Value.Model!, options.Value.EndpointUri.Host, AssistantChatClients.Describe(options.Value), options.Value.Timeout);
            return new ChatCasusAssistant(
                provider.GetRequiredKeyedService<IChatClient>(nameof(ICasusAssistant)), options, provider.GetRequiredService<PersonalDataScrubber>(),
                provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<Calendar.WorkingDayCalendar>(),
                provider.GetRequiredService<ProductMetrics>(), logger);
        });
        return services;
    }

    /// <summary>The language model's second opinion on route suggestions, which the admin command <c>route --ai</c> asks for. Needs AddCasusRouting.</summary>
    public static IServiceCollection AddAssistedRouting(this IServiceCollection services) =>
        services.AddSingleton<IRouteRefiner, AssistantRouteRefiner>();
}
