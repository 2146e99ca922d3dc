using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Hosting;

internal static class ClockServiceCollectionExtensions
{
    /// <summary>
    /// The app's <see cref="TimeProvider"/>: the system clock, or with <c>Clock:Offset</c> (tests and demos) the system
    /// clock moved forward. A moved clock is refused on a bot with a <c>MicrosoftAppId</c>: that is a real bot, and the
    /// Bot Framework tokens it checks would not be valid on a clock weeks ahead.
    /// </summary>
    public static IServiceCollection AddClock(this IServiceCollection services)
    {
        services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.SectionName)
            .Validate(o => o.Offset >= TimeSpan.Zero && o.Offset <= ClockOptions.MaxOffset,
                $"Clock:Offset must be between zero and {ClockOptions.MaxOffset.TotalDays} days (for example 15.00:00:00); the clock only moves forward.")
            .Validate<IConfiguration>((o, configuration) => o.Offset == TimeSpan.Zero || string.IsNullOrEmpty(configuration["MicrosoftAppId"]),
                "Clock:Offset is for tests and demos on a local bot without authentication; remove it, or MicrosoftAppId.")
            .ValidateOnStart();
        // Replaces whatever registered the system clock before, so the order of the AddXxx lines does not matter.
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(provider =>
        {
            var offset = provider.GetRequiredService<IOptions<ClockOptions>>().Value.Offset;
            if (offset == TimeSpan.Zero) return TimeProvider.System;
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OffsetTimeProvider))
                .LogWarning("The clock runs {Offset} ahead of the real time (Clock:Offset); for tests and demos only", offset);
            return new OffsetTimeProvider(offset);
        });
        return services;
    }
}
