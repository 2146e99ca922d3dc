using CasuistiekBot.Signals;
using CasuistiekBot.Telemetry;

namespace CasuistiekBot.Reminders;

internal static class RemindersServiceCollectionExtensions
{
    /// <summary>Signal and action-point reminders, escalation and the MT digest, run by a hosted worker. Needs AddSignals and AddSessions.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.SectionName))
            .Validate(o => o.FirstAfterWorkingDays >= 1 && o.RepeatEveryWorkingDays >= 1 && o.DueSoonWorkingDays >= 0,
                "Reminders:FirstAfterWorkingDays and RepeatEveryWorkingDays must be at least 1, DueSoonWorkingDays at least 0.")
            .Validate(o => o.OverdueInterval >= TimeSpan.FromDays(1), "Reminders:OverdueInterval must be at least a day.")
            .Validate(o => o.QuietHoursEnd < o.QuietHoursStart, "Reminders:QuietHoursEnd (morning) must come before QuietHoursStart (evening).")
            .Validate(o => o.MaxSnooze > TimeSpan.Zero && o.CheckInterval > TimeSpan.Zero && o.EscalateAfterOverdueReminders >= 1,
                "Reminders needs a positive MaxSnooze and CheckInterval, and EscalateAfterOverdueReminders of at least 1.")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.DefaultTimeZone, out _), "Reminders:DefaultTimeZone is not a known time zone.")
            .ValidateOnStart();
        services.AddProductMetrics();
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.SectionName))
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Digest:TimeZone is not a known time zone.")
            .ValidateOnStart();
        services.AddOptions<ActionPointReminderOptions>().Bind(configuration.GetSection(ActionPointReminderOptions.SectionName))
            .Validate(o => o.IsValid(), "Reminders:ActionPoints: DaysBefore 0-60, RepeatEveryDays 1-90, MaxOverdueReminders 0-20, EscalateAfterDays 1-365.")
            .ValidateOnStart();
        services.AddSingleton<EscalationCards>();
        services.AddSingleton<ActionPointEscalation>();
        services.AddSingleton<ActionPointReminderSweep>();
        services.AddSingleton<Escalation>();
        services.AddSingleton<ReminderSweep>();
        services.AddSingleton<MtDigest>();
        services.AddSingleton<HandlerDigest>();
        services.AddSingleton<ReminderWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderWorker>());
        return services;
    }
}
