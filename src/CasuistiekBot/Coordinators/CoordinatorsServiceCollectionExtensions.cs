using CasuistiekBot.Conversations;
using CasuistiekBot.Delivery;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CasuistiekBot.Coordinators;

internal static class CoordinatorsServiceCollectionExtensions
{
    /// <summary>Every capability that writes into the coordinators' channel asks for it; it is registered once.</summary>
    public static IServiceCollection AddChannelLanguage(this IServiceCollection services)
    {
        services.TryAddSingleton<ChannelLanguage>();
        return services;
    }

    /// <summary>
    /// The channel as the conversation the turn language and command scopes trust, and the failure notices: replacing
    /// Delivery's logging notifier, coordinators hear in their channel when someone cannot be reached. Slices name their
    /// own messages in the notice with an <see cref="IFailedMessageSubject"/>.
    /// </summary>
    public static IServiceCollection AddCoordinators(this IServiceCollection services)
    {
        services.AddChannelLanguage();
        services.AddSingleton<ITrustedChannel, CoordinatorsChannelTrust>();
        services.AddSingleton<IDeliveryFailureNotifier, CoordinatorFailureNotifier>();
        return services;
    }
}
