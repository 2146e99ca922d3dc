using System.ClientModel;
using System.ClientModel.Primitives;
using CasuistiekBot.Privacy;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;

namespace CasuistiekBot.Assistant;

internal static class AssistantServiceCollectionExtensions
{
    // Local servers often want no key, but the OpenAI library insists on one; they ignore the header.
    private const string NoKey = "unused";

    // Without AI:Endpoint and AI:Model the assistant always answers null and never touches the network. The choice is
    // made when the assistant is first resolved, so configuration added after registration (tests) still counts.
    public static IServiceCollection AddAssistant(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AssistantOptions>()
            .Bind(configuration.GetSection(AssistantOptions.SectionName))
            .Validate(o => AssistantOptions.IsValidEndpoint(o.Endpoint), "AI:Endpoint must be an absolute http(s) URL")
            .Validate(o => o.Timeout > TimeSpan.Zero, "AI:Timeout must be positive")
            .Validate(o => o.MaxOutputTokens > 0, "AI:MaxOutputTokens must be positive")
            .Validate(o => o.Temperature is null or >= 0 and <= 2, "AI:Temperature must be between 0 and 2")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddKeyedSingleton<IChatClient>(nameof(ICasusAssistant), (provider, _) =>
            new OpenAiChatClient(CreateChatClient(provider.GetRequiredService<IOptions<AssistantOptions>>().Value)));
        services.AddSingleton<ICasusAssistant>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<AssistantOptions>>();
            var logger = provider.GetRequiredService<ILogger<ChatCasusAssistant>>();
            if (!options.Value.Enabled)
            {
                AssistantLog.Off(logger);
                return new DisabledCasusAssistant();
            }
            AssistantLog.On(logger, options.Value.Model!, options.Value.EndpointUri.Host, options.Value.Timeout);
            return new ChatCasusAssistant(
                provider.GetRequiredKeyedService<IChatClient>(nameof(ICasusAssistant)), options, provider.GetRequiredService<PersonalDataScrubber>(),
                provider.GetRequiredService<TimeProvider>(), logger);
        });
        return services;
    }

    private static ChatClient CreateChatClient(AssistantOptions options)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.EndpointUri,
            // The intake cannot wait for retries: one attempt within the timeout, then the deterministic path.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.Timeout,
        };
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey.Trim();
        return new ChatClient(options.Model!.Trim(), new ApiKeyCredential(key), clientOptions);
    }
}
