using System.Text;
using CasuistiekBot.Dashboard;
using CasuistiekBot.Hearing;
using CasuistiekBot.Localization;
using static System.Net.WebUtility;

namespace CasuistiekBot.Reporting;

/// <summary>The report as one self-contained HTML page with inline SVG charts (no script), printable on A4 (<see cref="StandStyles"/>).</summary>
internal sealed class StandHtml(Texts texts)
{
    /// <param name="navigation">Extra HTML before the title (the dashboard's back link), or none.</param>
    public string Render(StandReport report, string language, string? navigation = null)
    {
        var l = new StandLabels(texts, language);
        var title = l.T(ReportingTextKeys.StandTitle, report.Year);
        var body = new StringBuilder();
        if (navigation is not null) body.Append(navigation);
        body.Append($"<h1>{E(title)}</h1>");
        body.Append($"<p class=\"muted\">{E(l.T(ReportingTextKeys.StandAsOf, l.Day(DateOnly.FromDateTime(report.AsOf.UtcDateTime)), report.Year))}</p>");
        if (report.OnlyMt is { } mt) body.Append($"<p class=\"muted\">{E(l.T(ReportingTextKeys.StandOnlyMt, mt))}</p>");
        Summary(body, report, l);
        Signals(body, report, l);
        Heard(body, report, l);
        Feedback(body, report, l);
        if (report.ShowsDilemmas) Dilemmas(body, report, l);
        SignalList(body, report, l);
        return $"""
            <!doctype html>
            <html lang="{language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>{E(title)}</title>
            <style>{StandStyles.Css}</style>
            </head>
            <body>
            {body}
            </body>
            </html>
            """;
    }

    private static void Summary(StringBuilder html, StandReport r, StandLabels l)
    {
        var f = r.Figures;
        html.Append($"<h2>{E(l.T(ReportingTextKeys.StandSummaryHeading))}</h2><div class=\"tiles\">");
        if (r.ShowsDilemmas)
        {
            Tile(html, l.T(ReportingTextKeys.StandSummaryCases), r.CasesRaised);
            Tile(html, l.T(ReportingTextKeys.StandSummaryDilemmas), r.Dilemmas.Count);
        }
        Tile(html, l.T(ReportingTextKeys.StandSummaryRaised), f.Raised);
        Tile(html, l.T(ReportingTextKeys.StandSummaryClosed), f.Closed);
        Tile(html, l.T(ReportingTextKeys.StandSummaryMerged), f.Merged);
        Tile(html, l.T(ReportingTextKeys.StandSummaryDeclined), f.Declined);
        Tile(html, l.T(ReportingTextKeys.StandSummaryDiscriminatory), f.PossiblyDiscriminatory);
        Tile(html, l.T(ReportingTextKeys.StandSummaryOpen), f.OpenPerMt.Sum(o => o.Count));
        html.Append("</div>");
    }

    private static void Signals(StringBuilder html, StandReport r, StandLabels l)
    {
        var f = r.Figures;
        var months = Enumerable.Range(1, 12).Select(l.Month).ToList();
        html.Append($"<h3>{E(l.T(ReportingTextKeys.StandChartRaised))}</h3>");
        html.Append(Figure(SvgBarChart.Vertical("raised", l.T(ReportingTextKeys.StandChartRaised), l.Culture, [.. months.Select((m, i) => (m, (double)f.RaisedPerMonth[i]))])));
        html.Append($"<h3>{E(l.T(ReportingTextKeys.StandChartClosed))}</h3>");
        html.Append(Figure(SvgBarChart.Vertical("closed", l.T(ReportingTextKeys.StandChartClosed), l.Culture, [.. months.Select((m, i) => (m, (double)f.ClosedPerMonth[i]))], "#39870c")));
        html.Append($"<h2>{E(l.T(ReportingTextKeys.StandLeadHeading))}</h2>");
        html.Append(f.LeadMedianDays is { } median
            ? $"<p>{E(l.T(ReportingTextKeys.StandLeadMedian, l.Number(median)))}; {E(l.T(ReportingTextKeys.StandLeadP90, l.Number(f.LeadP90Days!.Value)))}.</p>"
            : $"<p>{E(l.T(ReportingTextKeys.StandLeadNone))}</p>");
        html.Append("<div class=\"pair\"><div>");
        html.Append($"<h3>{E(l.T(ReportingTextKeys.StandResolutionHeading))}</h3>");
        html.Append(Figure(SvgBarChart.Horizontal("resolutions", l.T(ReportingTextKeys.StandResolutionHeading), l.Culture, [.. f.ByResolution.Select(b => (l.Resolution(b.Kind), (double)b.Count))])));
        html.Append($"</div><div><h3>{E(l.T(ReportingTextKeys.StandLawHeading))}</h3>");
        html.Append(Figure(SvgBarChart.Horizontal("laws", l.T(ReportingTextKeys.StandLawHeading), l.Culture, [.. f.ByLaw.Select(b => (l.Law(b.Law), (double)b.Count))])));
        html.Append("</div></div>");
        html.Append($"<h2>{E(l.T(ReportingTextKeys.StandOpenHeading))}</h2>");
        if (f.OpenPerMt.Count == 0) { html.Append($"<p>{E(l.T(ReportingTextKeys.StandOpenNone))}</p>"); return; }
        html.Append(Figure(SvgBarChart.Horizontal("open", l.T(ReportingTextKeys.StandOpenHeading), l.Culture, [.. f.OpenPerMt.Select(o => (l.Mt(o.Mt), (double)o.Count))], "#ca5010")));
        Table(html, [(l.T(ReportingTextKeys.StandColMt), 75, false), (l.T(ReportingTextKeys.StandColCount), 25, true)],
            f.OpenPerMt.Select(o => new[] { l.Mt(o.Mt), o.Count.ToString(l.Culture) }));
    }

    private static void Heard(StringBuilder html, StandReport r, StandLabels l)
    {
        html.Append($"<h2>{E(l.T(ReportingTextKeys.StandHeardHeading))}</h2><div class=\"pair\">");
        foreach (var figures in new[] { r.HeardAuthors, r.HeardPanel })
        {
            var who = l.Role(figures.Role);
            html.Append($"<div><h3>{E(who)}</h3>");
            if (figures.Average is not { } average) { html.Append($"<p>{E(l.T(ReportingTextKeys.StandHeardNone))}</p></div>"); continue; }
            html.Append($"<p>{E(l.T(ReportingTextKeys.StandHeardAverage, l.Number(average), figures.Count))}</p>");
            html.Append(Figure(SvgBarChart.Vertical($"heard-{figures.Role}", l.T(ReportingTextKeys.StandHeardDistribution, who), l.Culture,
                [.. figures.Distribution.Select((n, i) => ((i + HeardAnswer.MinScore).ToString(l.Culture), (double)n))], "#5c2d91")));
            html.Append(Figure(SvgBarChart.Vertical($"heard-{figures.Role}-quarters", l.T(ReportingTextKeys.StandHeardQuarters, who), l.Culture,
                [.. figures.PerQuarter.Select((n, i) => (l.T(ReportingTextKeys.StandHeardQuarter, i + 1), (double)n))], "#8764b8")));
            html.Append("</div>");
        }
        html.Append("</div>");
        var remarks = r.HeardAuthors.Remarks.Concat(r.HeardPanel.Remarks).ToList();
        if (remarks.Count == 0) return;
        html.Append($"<h3>{E(l.T(ReportingTextKeys.StandHeardRemarks))}</h3><ul class=\"remarks\">");
        foreach (var remark in remarks) html.Append($"<li>{E(remark)}</li>");
        html.Append("</ul>");
    }

    private static void Feedback(StringBuilder html, StandReport r, StandLabels l)
    {
        html.Append($"<h2>{E(l.T(ReportingTextKeys.StandFeedbackHeading))}</h2>");
        var lines = r.Feedback.ToList();
        if (lines.Count == 0) { html.Append($"<p>{E(l.T(ReportingTextKeys.StandFeedbackNone))}</p>"); return; }
        Table(html, [(l.T(ReportingTextKeys.StandColReference), 18, false), (l.T(ReportingTextKeys.StandColOutcome), 22, false), (l.T(ReportingTextKeys.StandColFeedback), 60, false)],
            lines.Select(s => new[] { $"{s.Reference} ({s.SourceCasus})", l.Resolution(s.Resolution), s.Feedback! }));
    }

    private static void Dilemmas(StringBuilder html, StandReport r, StandLabels l)
    {
        html.Append($"<h2>{E(l.T(ReportingTextKeys.StandDilemmasHeading))}</h2>");
        if (r.ErasedDilemmas > 0) html.Append($"<p class=\"muted\">{E(l.T(ReportingTextKeys.StandDilemmasErased, r.ErasedDilemmas))}</p>");
        if (!r.KeptDilemmas.Any()) { html.Append($"<p>{E(l.T(ReportingTextKeys.StandDilemmasNone))}</p>"); return; }
        Table(html, [(l.T(ReportingTextKeys.StandColReference), 16, false), (l.T(ReportingTextKeys.StandColDilemma), 42, false), (l.T(ReportingTextKeys.StandColSharedView), 42, false)],
            r.KeptDilemmas.Select(d => new[] { Tags(d.Reference, d.Law, d.PossiblyDiscriminatory, l), d.Summary, d.SharedView }), rawFirst: true);
    }

    private static void SignalList(StringBuilder html, StandReport r, StandLabels l)
    {
        html.Append($"<h2>{E(l.T(ReportingTextKeys.StandSignalsHeading))}</h2>");
        if (r.Signals.Count == 0) { html.Append($"<p>{E(l.T(ReportingTextKeys.StandSignalsNone))}</p>"); return; }
        Table(html, [(l.T(ReportingTextKeys.StandColReference), 16, false), (l.T(ReportingTextKeys.StandColSignal), 34, false), (l.T(ReportingTextKeys.StandColMt), 18, false),
                (l.T(ReportingTextKeys.StandColStatus), 22, false), (l.T(ReportingTextKeys.StandColDays), 10, true)],
            r.Signals.Select(s => new[]
            {
                Tags(s.Reference, s.Law, s.PossiblyDiscriminatory, l), E(s.Title), E(l.Mt(s.OwnerMt)),
                E(l.Outcome(s)), s.LeadDays?.ToString(l.Culture) ?? "",
            }), rawAll: true);
    }

    private static string Tags(string reference, string? law, bool discriminatory, StandLabels l) =>
        $"<b>{E(reference)}</b><br>{E(l.Law(law))}" + (discriminatory ? $"<br><span class=\"flag\">{E(l.T(ReportingTextKeys.StandDiscriminatory))}</span>" : "");

    private static void Tile(StringBuilder html, string label, int value) => html.Append($"<div class=\"tile\"><b>{value}</b>{E(label)}</div>");

    private static string Figure(string svg) => $"<figure>{svg}</figure>";

    // Columns as (header, width in percent, numeric); cells are encoded unless raw.
    private static void Table(StringBuilder html, (string Header, int Width, bool Numeric)[] columns, IEnumerable<string[]> rows, bool rawFirst = false, bool rawAll = false)
    {
        html.Append("<table><colgroup>");
        foreach (var c in columns) html.Append($"<col style=\"width:{c.Width}%\">");
        html.Append("</colgroup><thead><tr>");
        foreach (var c in columns) html.Append(c.Numeric ? $"<th class=\"n\">{E(c.Header)}</th>" : $"<th>{E(c.Header)}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                var cell = rawAll || (rawFirst && i == 0) ? row[i] : E(row[i]);
                html.Append(columns[i].Numeric ? $"<td class=\"n\">{cell}</td>" : $"<td>{cell}</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
    }

    private static string E(string text) => HtmlEncode(text);
}
