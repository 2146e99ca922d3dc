using System.Text;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Reporting;

/// <summary>The report as Markdown: the same sections as the HTML, figures as tables instead of charts.</summary>
internal sealed class StandMarkdown(Texts texts)
{
    public string Render(StandReport r, string language)
    {
        var l = new StandLabels(texts, language);
        var f = r.Figures;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(l.T(ReportingTextKeys.StandTitle, r.Year)).AppendLine();
        md.AppendLine(l.T(ReportingTextKeys.StandAsOf, l.Day(DateOnly.FromDateTime(r.AsOf.UtcDateTime)), r.Year)).AppendLine();
        if (r.OnlyMt is { } mt) md.AppendLine(l.T(ReportingTextKeys.StandOnlyMt, mt)).AppendLine();

        Heading(md, l.T(ReportingTextKeys.StandSummaryHeading));
        var tiles = new List<string[]>();
        if (r.ShowsDilemmas)
        {
            tiles.Add([l.T(ReportingTextKeys.StandSummaryCases), $"{r.CasesRaised}"]);
            tiles.Add([l.T(ReportingTextKeys.StandSummaryDilemmas), $"{r.Dilemmas.Count}"]);
        }
        tiles.Add([l.T(ReportingTextKeys.StandSummaryRaised), $"{f.Raised}"]);
        tiles.Add([l.T(ReportingTextKeys.StandSummaryClosed), $"{f.Closed}"]);
        tiles.Add([l.T(ReportingTextKeys.StandSummaryMerged), $"{f.Merged}"]);
        tiles.Add([l.T(ReportingTextKeys.StandSummaryDeclined), $"{f.Declined}"]);
        tiles.Add([l.T(ReportingTextKeys.StandSummaryDiscriminatory), $"{f.PossiblyDiscriminatory}"]);
        tiles.Add([l.T(ReportingTextKeys.StandSummaryOpen), $"{f.OpenPerMt.Sum(o => o.Count)}"]);
        Table(md, ["", l.T(ReportingTextKeys.StandColCount)], tiles);

        Heading(md, l.T(ReportingTextKeys.StandLeadHeading));
        md.AppendLine(f.LeadMedianDays is { } median
            ? $"{l.T(ReportingTextKeys.StandLeadMedian, l.Number(median))}; {l.T(ReportingTextKeys.StandLeadP90, l.Number(f.LeadP90Days!.Value))}."
            : l.T(ReportingTextKeys.StandLeadNone)).AppendLine();
        Table(md, ["", l.T(ReportingTextKeys.StandSummaryRaised), l.T(ReportingTextKeys.StandSummaryClosed)],
            Enumerable.Range(1, 12).Select(m => new[] { l.Month(m), $"{f.RaisedPerMonth[m - 1]}", $"{f.ClosedPerMonth[m - 1]}" }));
        Heading(md, l.T(ReportingTextKeys.StandResolutionHeading));
        Table(md, [l.T(ReportingTextKeys.StandColOutcome), l.T(ReportingTextKeys.StandColCount)], f.ByResolution.Select(b => new[] { l.Resolution(b.Kind), $"{b.Count}" }));
        Heading(md, l.T(ReportingTextKeys.StandLawHeading));
        Table(md, [l.T(ReportingTextKeys.StandColLaw), l.T(ReportingTextKeys.StandColCount)], f.ByLaw.Select(b => new[] { l.Law(b.Law), $"{b.Count}" }));
        Heading(md, l.T(ReportingTextKeys.StandOpenHeading));
        if (f.OpenPerMt.Count == 0) md.AppendLine(l.T(ReportingTextKeys.StandOpenNone)).AppendLine();
        else Table(md, [l.T(ReportingTextKeys.StandColMt), l.T(ReportingTextKeys.StandColCount)], f.OpenPerMt.Select(o => new[] { l.Mt(o.Mt), $"{o.Count}" }));

        Heading(md, l.T(ReportingTextKeys.StandHeardHeading));
        foreach (var heard in new[] { r.HeardAuthors, r.HeardPanel })
        {
            md.Append("### ").AppendLine(l.Role(heard.Role)).AppendLine();
            if (heard.Average is not { } average) { md.AppendLine(l.T(ReportingTextKeys.StandHeardNone)).AppendLine(); continue; }
            md.AppendLine(l.T(ReportingTextKeys.StandHeardAverage, l.Number(average), heard.Count)).AppendLine();
            Table(md, [l.T(ReportingTextKeys.StandColScore), .. Enumerable.Range(1, 5).Select(i => $"{i}")], [[l.T(ReportingTextKeys.StandColCount), .. heard.Distribution.Select(n => $"{n}")]]);
            Table(md, ["", .. Enumerable.Range(1, 4).Select(q => l.T(ReportingTextKeys.StandHeardQuarter, q))], [[l.T(ReportingTextKeys.StandColCount), .. heard.PerQuarter.Select(n => $"{n}")]]);
        }
        var remarks = r.HeardAuthors.Remarks.Concat(r.HeardPanel.Remarks).ToList();
        if (remarks.Count > 0)
        {
            md.Append("### ").AppendLine(l.T(ReportingTextKeys.StandHeardRemarks)).AppendLine();
            foreach (var remark in remarks) md.Append("- ").AppendLine(Flat(remark));
            md.AppendLine();
        }

        Heading(md, l.T(ReportingTextKeys.StandFeedbackHeading));
        var feedback = r.Feedback.ToList();
        if (feedback.Count == 0) md.AppendLine(l.T(ReportingTextKeys.StandFeedbackNone)).AppendLine();
        else Table(md, [l.T(ReportingTextKeys.StandColReference), l.T(ReportingTextKeys.StandColOutcome), l.T(ReportingTextKeys.StandColFeedback)],
            feedback.Select(s => new[] { $"{s.Reference} ({s.SourceCasus})", l.Resolution(s.Resolution), s.Feedback! }));

        if (r.ShowsDilemmas)
        {
            Heading(md, l.T(ReportingTextKeys.StandDilemmasHeading));
            if (r.ErasedDilemmas > 0) md.AppendLine(l.T(ReportingTextKeys.StandDilemmasErased, r.ErasedDilemmas)).AppendLine();
            if (!r.KeptDilemmas.Any()) md.AppendLine(l.T(ReportingTextKeys.StandDilemmasNone)).AppendLine();
            foreach (var d in r.KeptDilemmas)
            {
                md.Append("### ").Append(d.Reference).Append(" — ").Append(l.Law(d.Law));
                if (d.PossiblyDiscriminatory) md.Append(" — ").Append(l.T(ReportingTextKeys.StandDiscriminatory));
                md.AppendLine().AppendLine();
                md.Append("**").Append(l.T(ReportingTextKeys.StandColDilemma)).Append(":** ").AppendLine(Flat(d.Summary)).AppendLine();
                md.Append("**").Append(l.T(ReportingTextKeys.StandColSharedView)).Append(":** ").AppendLine(Flat(d.SharedView)).AppendLine();
            }
        }

        Heading(md, l.T(ReportingTextKeys.StandSignalsHeading));
        if (r.Signals.Count == 0) md.AppendLine(l.T(ReportingTextKeys.StandSignalsNone)).AppendLine();
        else Table(md, [l.T(ReportingTextKeys.StandColReference), l.T(ReportingTextKeys.StandColSignal), l.T(ReportingTextKeys.StandColLaw), l.T(ReportingTextKeys.StandColMt), l.T(ReportingTextKeys.StandColStatus), l.T(ReportingTextKeys.StandColDays)],
            r.Signals.Select(s => new[]
            {
                s.Reference + (s.PossiblyDiscriminatory ? " ⚑" : ""), s.Title, l.Law(s.Law), l.Mt(s.OwnerMt),
                l.Outcome(s), s.LeadDays?.ToString(l.Culture) ?? "",
            }));
        return md.ToString();
    }

    private static void Heading(StringBuilder md, string text) => md.Append("## ").AppendLine(text).AppendLine();

    private static void Table(StringBuilder md, IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        md.Append("| ").Append(string.Join(" | ", header.Select(Cell))).AppendLine(" |");
        md.Append('|').Append(string.Join('|', header.Select(_ => " --- "))).AppendLine("|");
        foreach (var row in rows) md.Append("| ").Append(string.Join(" | ", row.Select(Cell))).AppendLine(" |");
        md.AppendLine();
    }

    // A cell is one line; a pipe would end it, and markup in a text is shown, not applied.
    private static string Cell(string text) => Flat(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
