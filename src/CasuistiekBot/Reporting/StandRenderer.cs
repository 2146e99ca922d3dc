namespace CasuistiekBot.Reporting;

/// <summary>One report, three formats: HTML for reading and printing, Markdown for pasting, CSV for a spreadsheet.</summary>
internal sealed class StandRenderer(StandHtml html, StandMarkdown markdown)
{
    public static readonly IReadOnlySet<string> Formats = new HashSet<string>(StringComparer.Ordinal) { "html", "md", "csv" };

    public static bool IsYear(int year) => year is >= 2000 and <= 2100;

    public string Render(StandReport report, string format, string language) => format switch
    {
        "html" => html.Render(report, language),
        "md" => markdown.Render(report, language),
        "csv" => StandCsv.Render(report),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "html, md or csv"),
    };
}
