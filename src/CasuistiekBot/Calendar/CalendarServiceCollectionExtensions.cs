namespace CasuistiekBot.Calendar;

internal static class CalendarServiceCollectionExtensions
{
    public static IServiceCollection AddWorkingDayCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CalendarOptions>().Bind(configuration.GetSection("Calendar"));
        services.AddSingleton<DueDates>();
        services.AddSingleton<PersonTime>();
        return services.AddSingleton<WorkingDayCalendar>();
    }
}
