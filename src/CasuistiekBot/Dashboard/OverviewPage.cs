using System.Globalization;
using System.Text;
using CasuistiekBot.Dashboard.PerMt;
using CasuistiekBot.Localization;
using static System.Net.WebUtility;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// The overview: open signals by status, owner and MT, their ages, the overdue ones, closings per month with lead
/// times, and cases per route and status. Every number sits in a table cell marked <c>data-figure</c>; the charts
/// repeat the tables graphically and describe themselves in text.
/// </summary>
internal sealed class OverviewPage(Texts texts, PerMtSection perMt)
{
    public string Render(DashboardFigures figures, string language)
    {
        var culture = DashboardLanguage.Culture(language);
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var body = new StringBuilder()
            .Append($"<header><h1>{T(DashboardTextKeys.DashboardTitle)}</h1><p class=\"as-of\">{T(DashboardTextKeys.DashboardAsOf, Texts.Day(figures.Today, language))}</p>{Scope(figures, language)}<nav><a data-nav href=\"/dashboard/stand?lang={language}\">{T(DashboardTextKeys.DashboardReportLink)}</a></nav></header>")
            .Append("<main class=\"grid\">")
            .Append(figures.Mts.Count > 1 ? perMt.Render(figures.Mts, figures.Open, language, r => SignalLink(r, language), st => StatusLabel(st, language)) : "")
            .Append(Section("open", T(DashboardTextKeys.DashboardOpenTitle),
                $"<p class=\"big\" data-figure=\"open-total\">{figures.Open.Count}</p><p>{T(DashboardTextKeys.DashboardOpenOverdue, $"<span class=\"late\" data-figure=\"overdue-total\">{figures.Overdue.Count()}</span>")}</p>"
                + TallyTable(figures.OpenByStatus, "status", T(DashboardTextKeys.DashboardColStatus), T(DashboardTextKeys.DashboardColCount))))
            .Append(Section("age", T(DashboardTextKeys.DashboardAgeTitle),
                SvgBarChart.Vertical("chart-age", T(DashboardTextKeys.DashboardAgeChart), culture, Bars(figures.AgeHistogram),
                    axisLabels: [.. AgeBuckets.All.Select(b => b.To is { } to ? $"{b.From}–{to}" : $"> {b.From - 1}")])
                + TallyTable(figures.AgeHistogram, "age", T(DashboardTextKeys.DashboardColAge), T(DashboardTextKeys.DashboardColCount))))
            .Append(Section("owners", T(DashboardTextKeys.DashboardOwnerTitle),
                SvgBarChart.Horizontal("chart-owner", T(DashboardTextKeys.DashboardOwnerChart), culture, Bars(figures.OpenByOwner))
                + TallyTable(figures.OpenByOwner, "owner", T(DashboardTextKeys.DashboardColOwner), T(DashboardTextKeys.DashboardColCount), useLabelAsKey: true)))
            .Append(Section("mt", T(DashboardTextKeys.DashboardMtTitle),
                SvgBarChart.Horizontal("chart-mt", T(DashboardTextKeys.DashboardMtChart), culture, Bars(figures.OpenByMt), "#e17000")
                + TallyTable(figures.OpenByMt, "mt", T(DashboardTextKeys.DashboardColMt), T(DashboardTextKeys.DashboardColCount), useLabelAsKey: true)))
            .Append(Section("overdue", T(DashboardTextKeys.DashboardOverdueTitle), OverdueTable(figures, language, culture), wide: true))
            .Append(Section("closed", T(DashboardTextKeys.DashboardClosedTitle), ClosedSection(figures, language, culture), wide: true))
            .Append(Section("list", T(DashboardTextKeys.DashboardListTitle), OpenTable(figures, language, culture), wide: true))
            .Append(Section("routes", T(DashboardTextKeys.DashboardRoutesTitle), RouteTable(figures, language, culture), wide: true))
            .Append("</main>");
        return DashboardLayout.Page(language, T(DashboardTextKeys.DashboardTitle), body.ToString());
    }

    private string Scope(DashboardFigures figures, string language) => figures.Mts switch
    {
        [var mt] => $"<p class=\"scope\" data-scope=\"{HtmlEncode(mt)}\">{HtmlEncode(texts.Get(DashboardTextKeys.DashboardScopeMt, language, mt))}</p>",
        { Count: > 1 } mts => perMt.Scope(mts, language),
        _ => "",
    };

    private static string Section(string id, string title, string content, bool wide = false) =>
        $"<section id=\"{id}\" aria-labelledby=\"{id}-h\"{(wide ? " class=\"wide\"" : "")}><h2 id=\"{id}-h\">{HtmlEncode(title)}</h2>{content}</section>";

    private static List<(string, double)> Bars(IEnumerable<Tally> tallies) => [.. tallies.Select(t => (t.Label, (double)t.Count))];

    private static string TallyTable(IReadOnlyList<Tally> tallies, string kind, string labelHeader, string countHeader, bool useLabelAsKey = false)
    {
        var rows = tallies.Select(t =>
            $"<tr><td>{HtmlEncode(t.Label)}</td><td class=\"n\" data-figure=\"{kind}:{HtmlEncode(useLabelAsKey ? t.Label : t.Key)}\">{t.Count}</td></tr>");
        return $"<table><thead><tr><th scope=\"col\">{labelHeader}</th><th scope=\"col\" class=\"n\">{countHeader}</th></tr></thead><tbody>{string.Concat(rows)}</tbody></table>";
    }

    private string OverdueTable(DashboardFigures figures, string language, CultureInfo culture)
    {
        var overdue = figures.Overdue.ToList();
        if (overdue.Count == 0) return $"<p>{texts.Get(DashboardTextKeys.DashboardOverdueNone, language)}</p>";
        var rows = overdue.Select(s => $"<tr><td>{SignalLink(s.Reference, language)}</td><td>{HtmlEncode(s.Title)}</td><td>{HtmlEncode(s.OwnerName)}</td>"
            + $"<td>{s.DueDate.ToString("d MMM yyyy", culture)}</td><td class=\"n late\" data-figure=\"days-overdue:{s.Reference}\">{s.DaysOverdue}</td></tr>");
        return Table(language, [DashboardTextKeys.DashboardColReference, DashboardTextKeys.DashboardColTitle, DashboardTextKeys.DashboardColOwner, DashboardTextKeys.DashboardColDue, DashboardTextKeys.DashboardColDaysOverdue], rows);
    }

    private string OpenTable(DashboardFigures figures, string language, CultureInfo culture)
    {
        if (figures.Open.Count == 0) return $"<p>{texts.Get(DashboardTextKeys.DashboardListNone, language)}</p>";
        var rows = figures.Open.Select(s => $"<tr><td>{SignalLink(s.Reference, language)}</td><td>{HtmlEncode(s.Title)}</td>"
            + $"<td>{HtmlEncode(StatusLabel(s.Status, language))}</td><td>{HtmlEncode(s.OwnerName)}</td><td>{HtmlEncode(s.Mt ?? "")}</td>"
            + $"<td>{s.DueDate.ToString("d MMM yyyy", culture)}</td><td class=\"n\" data-figure=\"age:{s.Reference}\">{s.AgeDays}</td></tr>");
        return Table(language, [DashboardTextKeys.DashboardColReference, DashboardTextKeys.DashboardColTitle, DashboardTextKeys.DashboardColStatus, DashboardTextKeys.DashboardColOwner, DashboardTextKeys.DashboardColMt, DashboardTextKeys.DashboardColDue, DashboardTextKeys.DashboardColAgeDays], rows);
    }

    private string ClosedSection(DashboardFigures figures, string language, CultureInfo culture)
    {
        var months = figures.ClosedPerMonth;
        string Month(ClosedMonth m) => new DateOnly(m.Year, m.Month, 1).ToString("MMM yyyy", culture);
        string Days(double? d) => d?.ToString("0.#", culture) ?? "–";
        var chart = SvgBarChart.Vertical("chart-closed", texts.Get(DashboardTextKeys.DashboardClosedChart, language), culture, [.. months.Select(m => (Month(m), (double)m.Count))], "#39870c");
        var rows = months.Select(m => $"<tr><td>{Month(m)}</td><td class=\"n\" data-figure=\"closed:{m.Year:0000}-{m.Month:00}\">{m.Count}</td>"
            + $"<td class=\"n\" data-figure=\"lead-median:{m.Year:0000}-{m.Month:00}\">{Days(m.MedianLeadDays)}</td>"
            + $"<td class=\"n\" data-figure=\"lead-average:{m.Year:0000}-{m.Month:00}\">{Days(m.AverageLeadDays)}</td></tr>");
        var recent = figures.RecentlyClosed.Select(s => $"<tr><td>{SignalLink(s.Reference, language)}</td><td>{HtmlEncode(s.Title)}</td>"
            + $"<td>{HtmlEncode(s.Resolution is null ? "" : ResolutionLabel(s.Resolution, language))}</td><td>{s.ClosedOn.ToString("d MMM yyyy", culture)}</td><td class=\"n\">{Days(s.LeadDays)}</td></tr>");
        var apart = figures.EndedApart.Select(t => $"<tr><td>{HtmlEncode(t.Label)}</td><td class=\"n\" data-figure=\"ended:{t.Key}\">{t.Count}</td></tr>");
        return chart
            + Table(language, [DashboardTextKeys.DashboardColMonth, DashboardTextKeys.DashboardColClosed, DashboardTextKeys.DashboardColLeadMedian, DashboardTextKeys.DashboardColLeadAverage], rows)
            + $"<p id=\"ended-apart\">{HtmlEncode(texts.Get(DashboardTextKeys.DashboardEndedApart, language))}</p>"
            + Table(language, [DashboardTextKeys.DashboardColStatus, DashboardTextKeys.DashboardColCount], apart)
            + (figures.RecentlyClosed.Count == 0 ? "" : $"<h3>{texts.Get(DashboardTextKeys.DashboardClosedRecent, language)}</h3>"
                + Table(language, [DashboardTextKeys.DashboardColReference, DashboardTextKeys.DashboardColTitle, DashboardTextKeys.DashboardColResolution, DashboardTextKeys.DashboardColClosedOn, DashboardTextKeys.DashboardColLeadDays], recent));
    }

    private string RouteTable(DashboardFigures figures, string language, CultureInfo culture)
    {
        if (figures.CasesByRoute.Count == 0) return $"<p>{texts.Get(DashboardTextKeys.DashboardRoutesNone, language)}</p>";
        var statuses = figures.CasusStatuses;
        var chart = SvgBarChart.Horizontal("chart-routes", texts.Get(DashboardTextKeys.DashboardRoutesChart, language), culture, [.. figures.CasesByRoute.Select(r => (r.Label, (double)r.Total))], "#01689b");
        var header = string.Concat(statuses.Select(s => $"<th scope=\"col\" class=\"n\">{HtmlEncode(texts.Get(DashboardTextKeys.DashboardCasusStatusPrefix + s, language))}</th>"));
        var rows = figures.CasesByRoute.Select(r => $"<tr><th scope=\"row\">{HtmlEncode(r.Label)}</th>"
            + string.Concat(statuses.Select(s => $"<td class=\"n\" data-figure=\"route:{r.Key}:{s}\">{r.ByStatus.GetValueOrDefault(s)}</td>"))
            + $"<td class=\"n\" data-figure=\"route:{r.Key}:total\">{r.Total}</td></tr>");
        return chart + $"<table><thead><tr><th scope=\"col\">{texts.Get(DashboardTextKeys.DashboardColRoute, language)}</th>{header}<th scope=\"col\" class=\"n\">{texts.Get(DashboardTextKeys.DashboardColTotal, language)}</th></tr></thead><tbody>{string.Concat(rows)}</tbody></table>";
    }

    private string Table(string language, string[] headerKeys, IEnumerable<string> rows) =>
        "<table><thead><tr>" + string.Concat(headerKeys.Select(k => $"<th scope=\"col\">{HtmlEncode(texts.Get(k, language))}</th>"))
        + $"</tr></thead><tbody>{string.Concat(rows)}</tbody></table>";

    private static string SignalLink(string reference, string language) =>
        $"<a data-nav href=\"/dashboard/signals/{Uri.EscapeDataString(reference)}?lang={language}\">{HtmlEncode(reference)}</a>";

    private string StatusLabel(string status, string language) =>
        texts.Keys.Contains(DashboardTextKeys.DashboardSignalStatusPrefix + status) ? texts.Get(DashboardTextKeys.DashboardSignalStatusPrefix + status, language) : status;

    private string ResolutionLabel(string resolution, string language) =>
        texts.Keys.Contains(DashboardTextKeys.DashboardResolutionPrefix + resolution) ? texts.Get(DashboardTextKeys.DashboardResolutionPrefix + resolution, language) : resolution;
}
