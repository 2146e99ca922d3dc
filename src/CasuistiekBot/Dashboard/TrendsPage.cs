using System.Text;
using CasuistiekBot.Localization;
using CasuistiekBot.Threads;
using static System.Net.WebUtility;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// The rode draden: themes and laws of the past year's cases and signals per month or quarter, as tables (every number
/// in a cell marked <c>data-figure</c>) and a chart of the year's totals. Counts only: no reference, no author.
/// </summary>
internal sealed class TrendsPage(Texts texts)
{
    private const int ChartRows = 10;

    public string Render(TrendFigures figures, bool quarters, string language)
    {
        var culture = DashboardLanguage.Culture(language);
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var per = T(quarters ? ThreadsTextKeys.ThreadsTrendsQuarter : ThreadsTextKeys.ThreadsTrendsMonth);
        var other = quarters
            ? $"<a href=\"?per=month\">{HtmlEncode(T(ThreadsTextKeys.ThreadsTrendsPerMonth))}</a>"
            : $"<a href=\"?per=quarter\">{HtmlEncode(T(ThreadsTextKeys.ThreadsTrendsPerQuarter))}</a>";
        var body = new StringBuilder()
            .Append($"<header><h1>{HtmlEncode(T(ThreadsTextKeys.ThreadsTrendsHeading))}</h1>")
            .Append($"<p class=\"as-of\" data-figure=\"totals\">{HtmlEncode(T(ThreadsTextKeys.ThreadsTrendsTotal, figures.Cases, figures.Signals, Texts.Day(figures.Since, language)))}</p><p>{other}</p>{Scope(figures, T)}</header>")
            .Append("<main class=\"grid\">");
        if (figures.Themes.Count == 0 && figures.Laws.Count == 0) body.Append($"<p data-figure=\"empty\">{HtmlEncode(T(ThreadsTextKeys.ThreadsTrendsEmpty))}</p>");
        foreach (var (id, rows, title, column) in new[]
        {
            ("themes", figures.Themes, T(ThreadsTextKeys.ThreadsTrendsThemes, per), T(ThreadsTextKeys.ThreadsTrendsColTheme)),
            ("laws", figures.Laws, T(ThreadsTextKeys.ThreadsTrendsLaws, per), T(ThreadsTextKeys.ThreadsTrendsColLaw)),
        })
        {
            if (rows.Count == 0) continue;
            var chart = SvgBarChart.Horizontal($"chart-{id}", T(ThreadsTextKeys.ThreadsTrendsChart, title), culture, [.. rows.Take(ChartRows).Select(r => (r.Label, (double)r.Total))]);
            body.Append($"<section id=\"{id}\" class=\"wide\" aria-labelledby=\"{id}-h\"><h2 id=\"{id}-h\">{HtmlEncode(title)}</h2>{chart}{Table(id, figures, rows, column, T(ThreadsTextKeys.ThreadsTrendsColTotal))}</section>");
        }
        body.Append("</main>");
        return DashboardLayout.Page(language, T(ThreadsTextKeys.ThreadsTrendsHeading), body.ToString());
    }

    private static string Scope(TrendFigures figures, Func<string, object[], string> T) => figures.Mts is null ? ""
        : $"<p class=\"as-of\" data-scope=\"{HtmlEncode(string.Join('|', figures.Mts))}\">{HtmlEncode(T(ThreadsTextKeys.ThreadsTrendsScope, [string.Join(", ", figures.Mts)]))}</p>";

    private static string Table(string id, TrendFigures figures, IReadOnlyList<TrendRow> rows, string column, string total)
    {
        var head = string.Concat(figures.Periods.Select(p => $"<th scope=\"col\" class=\"n\">{HtmlEncode(p)}</th>"));
        var body = string.Concat(rows.Select(r =>
            $"<tr><th scope=\"row\">{HtmlEncode(r.Label)}</th>"
            + string.Concat(r.Counts.Select((n, i) => $"<td class=\"n\" data-figure=\"{id}:{HtmlEncode(r.Label)}:{figures.Periods[i]}\">{n}</td>"))
            + $"<td class=\"n\" data-figure=\"{id}:{HtmlEncode(r.Label)}:total\">{r.Total}</td></tr>"));
        return $"<table><thead><tr><th scope=\"col\">{HtmlEncode(column)}</th>{head}<th scope=\"col\" class=\"n\">{HtmlEncode(total)}</th></tr></thead><tbody>{body}</tbody></table>";
    }
}
