using System.Globalization;
using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// Dutch unless English is asked for: <c>?lang=</c> first (Teams fills <c>{locale}</c> in the tab's URL), then the
/// browser's Accept-Language.
/// </summary>
internal static class DashboardLanguage
{
    public static string From(HttpRequest request)
    {
        if (request.Query["lang"].ToString() is { Length: > 0 } lang) return Languages.FromLocale(lang);
        var preferred = request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault();
        return Languages.FromLocale(preferred?.Value.ToString());
    }

    public static CultureInfo Culture(string language) => Localization.Texts.Culture(language);
}
