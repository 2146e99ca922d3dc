using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Localization;

internal static class LocalizationServiceCollectionExtensions
{
    /// <summary>
    /// The product's sentences (<see cref="Texts"/>) and the Dutch and English wording and vocabulary the Framework's
    /// pipeline and dialog engine speak and read with. "Today" in a dialog falls back to the organisation's time zone.
    /// </summary>
    public static IServiceCollection AddTexts(this IServiceCollection services)
    {
        services.AddSingleton<Texts>();
        services.AddSingleton<IDialogTexts, DialogTexts>();
        services.AddSingleton<IDialogVocabulary, DialogVocabulary>();
        services.AddSingleton<IPipelineMessages, PipelineTexts>();
        services.AddOptions<DialogOptions>().Configure<IOptions<CalendarOptions>>((dialogs, calendar) => dialogs.DefaultTimeZone = calendar.Value.TimeZone);
        return services;
    }
}
