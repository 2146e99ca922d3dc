using System.Globalization;
using System.Text;

namespace CasuistiekBot.Reporting;

/// <summary>
/// The report as CSV (RFC 4180, UTF-8, comma-separated, one header line): one row per dilemma, then one per signal.
/// Columns, in this order:
/// <list type="bullet">
/// <item><c>kind</c>: <c>dilemma</c> or <c>signaal</c>.</item>
/// <item><c>reference</c>: CS-yyyy-nnnn or SG-yyyy-nnnn.</item>
/// <item><c>law</c>: the law or regulation; empty when not filled in.</item>
/// <item><c>possibly_discriminatory</c>: <c>true</c> or <c>false</c>.</item>
/// <item><c>themes_or_category</c>: the casus' themes (comma-separated) or the signal's category code.</item>
/// <item><c>owner_mt</c>: the signal owner's MT (empty for a dilemma).</item>
/// <item><c>status</c>: the signal's status code (empty for a dilemma).</item>
/// <item><c>raised</c>: the day the signal was raised, yyyy-MM-dd (empty for a dilemma).</item>
/// <item><c>discussed_or_closed</c>: the day of the session (dilemma) or of closing (signal), yyyy-MM-dd.</item>
/// <item><c>lead_time_days</c>: calendar days from raised to closed (closed signals only).</item>
/// <item><c>resolution</c>: the resolution code of a closed signal.</item>
/// <item><c>source_casus</c>: the casus a signal came from.</item>
/// <item><c>title_or_summary</c>: the signal's title, or the dilemma's scrubbed summary.</item>
/// <item><c>shared_view</c>: the session's shared view (dilemma).</item>
/// <item><c>feedback</c>: what the author was told when the signal closed.</item>
/// <item><c>text_erased</c>: <c>true</c> when retention erased the dilemma's texts (only its reference and tags remain).</item>
/// <item><c>merged_into</c>: for a reported signal a keeper merged (status <c>samengevoegd</c>), the signal it went into.</item>
/// <item><c>decline_reason</c>: for a reported signal a keeper declined (status <c>afgewezen</c>), the reason given.</item>
/// </list>
/// Merged and declined signals have no resolution and no lead time: they are not "closed". No column holds anything of an author.
/// </summary>
internal static class StandCsv
{
    public static readonly string[] Columns =
    [
        "kind", "reference", "law", "possibly_discriminatory", "themes_or_category", "owner_mt", "status", "raised", "discussed_or_closed",
        "lead_time_days", "resolution", "source_casus", "title_or_summary", "shared_view", "feedback", "text_erased",
        "merged_into", "decline_reason",
    ];

    public static string Render(StandReport report)
    {
        var csv = new StringBuilder().AppendLine(string.Join(',', Columns));
        if (report.ShowsDilemmas)
        {
            foreach (var d in report.Dilemmas)
            {
                Row(csv, "dilemma", d.Reference, d.Law, d.PossiblyDiscriminatory, d.Themes, null, null, null, d.Discussed, null, null, null, d.Summary, d.SharedView, null, d.Erased, null, null);
            }
        }
        foreach (var s in report.Signals)
        {
            Row(csv, "signaal", s.Reference, s.Law, s.PossiblyDiscriminatory, s.Category, s.OwnerMt, s.Status, s.Raised, s.Closed, s.LeadDays, s.Resolution, s.SourceCasus,
                s.Title, null, s.Feedback, false, s.MergedInto, s.DeclineReason);
        }
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, params object?[] values) => csv.AppendLine(string.Join(',', values.Select(Cell)));

    // RFC 4180 quoting; a leading = + - @ is prefixed so a spreadsheet does not run the text as a formula.
    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            bool b => b ? "true" : "false",
            DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal)) text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
