using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace CasuistiekBot.Dashboard;

/// <summary>
/// Bar charts as inline SVG, drawn on the server: no script, no chart library. Each chart is an image with a title and
/// a description that lists every value (what a screen reader reads), and each bar carries its own tooltip title.
/// </summary>
internal static class SvgBarChart
{
    private const int BarThickness = 22;
    private const int Gap = 8;

    /// <summary>Bars from left to right, labels underneath: for ordered categories such as ages and months.</summary>
    // axisLabels: shorter labels under the bars where the full ones (kept in the description and tooltips) do not fit.
    public static string Vertical(string id, string title, CultureInfo culture, IReadOnlyList<(string Label, double Value)> bars, string color = "#154273", IReadOnlyList<string>? axisLabels = null)
    {
        const int height = 160, labelSpace = 36, top = 20;
        var width = Math.Max(240, bars.Count * (BarThickness * 2 + Gap) + Gap);
        var max = Math.Max(1, bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        var svg = Open(id, title, culture, bars, width, height + labelSpace + top);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var barHeight = value / max * height;
            var x = Gap + i * (BarThickness * 2 + Gap);
            var y = top + height - barHeight;
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x}" y="{y:0.#}" width="{BarThickness * 2}" height="{barHeight:0.#}" fill="{color}"><title>{HtmlEncode(label)}: {Number(value, culture)}</title></rect>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + BarThickness}" y="{y - 4:0.#}" text-anchor="middle" class="value">{Number(value, culture)}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + BarThickness}" y="{top + height + 16}" text-anchor="middle" class="label">{HtmlEncode(axisLabels?[i] ?? label)}</text>""");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Bars from top to bottom with the label before each: for named groups such as owners and directorates.</summary>
    public static string Horizontal(string id, string title, CultureInfo culture, IReadOnlyList<(string Label, double Value)> bars, string color = "#154273")
    {
        const int labelWidth = 150, barSpace = 160, valueSpace = 30;
        var height = Math.Max(BarThickness, bars.Count * (BarThickness + Gap));
        var max = Math.Max(1, bars.Count == 0 ? 0 : bars.Max(b => b.Value));
        var svg = Open(id, title, culture, bars, labelWidth + barSpace + valueSpace, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = i * (BarThickness + Gap);
            var barWidth = value / max * barSpace;
            svg.Append(Label(label, labelWidth - 8, y));
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{labelWidth}" y="{y}" width="{barWidth:0.#}" height="{BarThickness}" fill="{color}"><title>{HtmlEncode(label)}: {Number(value, culture)}</title></rect>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{labelWidth + barWidth + 6:0.#}" y="{y + 15}" class="value">{Number(value, culture)}</text>""");
        }
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, CultureInfo culture, IReadOnlyList<(string Label, double Value)> bars, int width, int height)
    {
        var description = string.Join("; ", bars.Select(b => $"{b.Label}: {Number(b.Value, culture)}"));
        return new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"""<svg id="{id}" class="chart" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {width} {height}" width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{HtmlEncode(title)}</title><desc id="{id}-desc">{HtmlEncode(description)}</desc>""");
    }

    private static string Number(double value, CultureInfo culture) => value.ToString("0.#", culture);

    /// <summary>Characters of 11px text that fit the label column (142px) on one line.</summary>
    internal const int LineLength = 22;

    /// <summary>
    /// The label before a horizontal bar: on one line when it fits, else wrapped over two lines at a word and, when even
    /// that is too long, cut with "…" with the whole label as the tooltip (it is in the chart's description as well).
    /// </summary>
    private static string Label(string label, int x, int y)
    {
        var lines = Wrap(label);
        if (lines.Count == 1) return string.Create(CultureInfo.InvariantCulture, $"""<text x="{x}" y="{y + 15}" text-anchor="end" class="label">{HtmlEncode(lines[0])}</text>""");
        var tooltip = string.Join(' ', lines) == label.Trim() ? "" : $"<title>{HtmlEncode(label)}</title>";
        return string.Create(CultureInfo.InvariantCulture,
            $"""<text x="{x}" y="{y + 9}" text-anchor="end" class="label">{tooltip}<tspan x="{x}" y="{y + 9}">{HtmlEncode(lines[0])}</tspan><tspan x="{x}" y="{y + 20}">{HtmlEncode(lines[1])}</tspan></text>""");
    }

    /// <summary>One line when it fits; else two, broken at the last space that fits (or hard), the second cut with "…".</summary>
    internal static IReadOnlyList<string> Wrap(string label)
    {
        label = label.Trim();
        if (label.Length <= LineLength) return [label];
        var space = label.LastIndexOf(' ', LineLength);
        var (first, rest) = space > 0 ? (label[..space], label[(space + 1)..].TrimStart()) : (label[..LineLength], label[LineLength..]);
        return [first, rest.Length <= LineLength ? rest : rest[..(LineLength - 1)].TrimEnd() + "…"];
    }
}
