using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Cards;

namespace CasuistiekBot.Tests.Reporting;

/// <summary>
/// Prints an HTML page the way a reader would, with headless Chromium, and measures it: in the DOM at the printable
/// width of A4 (210 mm less 15 mm margins each side = 180 mm, 680.3 CSS px), and in the PDF (page size, and the margins
/// left blank on every page, read from a low-resolution render by pdftoppm). PNGs of every page are kept for review.
/// </summary>
internal static partial class A4Print
{
    public const double PrintableMm = 180;
    public static readonly double PrintablePx = PrintableMm * 96 / 25.4;

    /// <summary>What sticks out: one line per table, chart or block wider than the printable width, or the page itself.</summary>
    public static async Task<(IReadOnlyList<string> TooWide, int Measured, double WidestPx)> MeasureAsync(string html, string folder, string name)
    {
        // The screen-only padding goes, so the layout is the print layout; a script then measures every block after load.
        var page = html.Replace("@media screen", "@media not all", StringComparison.Ordinal).Replace("</body>", MeasureScript + "</body>", StringComparison.Ordinal);
        var file = Path.Combine(folder, name + ".measure.html");
        await File.WriteAllTextAsync(file, page);
        var dom = await RunAsync(CardRenderer.ChromiumPath, [.. Headless, $"--window-size={(int)Math.Ceiling(PrintablePx)},1400", "--virtual-time-budget=5000", "--dump-dom", new Uri(file).AbsoluteUri]);
        var json = System.Net.WebUtility.HtmlDecode(MeasureAttribute().Match(dom) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No measurement in the DOM: " + dom[..Math.Min(500, dom.Length)]));
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var tooWide = new List<string>();
        var widest = 0.0;
        var pageWidth = root.GetProperty("page").GetDouble();
        if (pageWidth > Math.Ceiling(PrintablePx) + 0.5) tooWide.Add($"the page scrolls to {pageWidth:0.#}px");
        var items = root.GetProperty("items");
        foreach (var item in items.EnumerateArray())
        {
            var (right, scroll, client) = (item.GetProperty("right").GetDouble(), item.GetProperty("scroll").GetDouble(), item.GetProperty("client").GetDouble());
            widest = Math.Max(widest, right);
            if (right > PrintablePx + 0.5 || scroll > client + 1) tooWide.Add($"{item.GetProperty("what").GetString()}: right edge {right:0.#}px, content {scroll:0.#}px in {client:0.#}px");
        }
        return (tooWide, items.GetArrayLength(), widest);
    }

    /// <summary>Prints to PDF; returns the page sizes in points and, per page, whether ink falls in the left or right margin.</summary>
    public static async Task<(string Pdf, IReadOnlyList<(double Width, double Height)> Pages, IReadOnlyList<string> InkInMargins, IReadOnlyList<string> Pngs)> PrintAsync(string html, string folder, string name)
    {
        var file = Path.Combine(folder, name + ".html");
        var pdf = Path.Combine(folder, name + ".pdf");
        await File.WriteAllTextAsync(file, html);
        File.Delete(pdf);
        await RunAsync(CardRenderer.ChromiumPath, [.. Headless, "--no-pdf-header-footer", "--print-to-pdf-no-header", $"--print-to-pdf={pdf}", new Uri(file).AbsoluteUri]);
        Assert.True(File.Exists(pdf), "Chromium wrote no PDF");

        var info = await RunAsync(Tool("pdfinfo"), ["-f", "1", "-l", "999", pdf]);
        var pages = PageSize().Matches(info).Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();

        foreach (var old in Directory.GetFiles(folder, name + "-*.p?m").Concat(Directory.GetFiles(folder, name + "-*.png"))) File.Delete(old);
        await RunAsync(Tool("pdftoppm"), ["-r", "60", "-png", pdf, Path.Combine(folder, name)]);
        await RunAsync(Tool("pdftoppm"), ["-r", "40", pdf, Path.Combine(folder, name)]);
        var ink = new List<string>();
        foreach (var ppm in Directory.GetFiles(folder, name + "-*.ppm").Order(StringComparer.Ordinal))
        {
            if (InkInMargins(ppm) is { } where) ink.Add($"{Path.GetFileName(ppm)}: {where}");
            File.Delete(ppm);
        }
        return (pdf, pages, ink, [.. Directory.GetFiles(folder, name + "-*.png").Order(StringComparer.Ordinal)]);
    }

    // The outer 14 mm of each side (the margin is 15 mm) must be paper white on every page.
    private static string? InkInMargins(string ppmPath)
    {
        var bytes = File.ReadAllBytes(ppmPath);
        var header = PpmHeader().Match(System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(64, bytes.Length)));
        if (!header.Success) throw new InvalidOperationException("Not a binary PPM: " + ppmPath);
        var (width, height, offset) = (int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture), header.Length);
        var margin = (int)Math.Floor(width * 14 / 210.0);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (x >= margin && x < width - margin) continue;
                var i = offset + (y * width + x) * 3;
                if (bytes[i] < 235 || bytes[i + 1] < 235 || bytes[i + 2] < 235) return $"ink at x={x} of {width}, y={y} ({(x < margin ? "left" : "right")} margin)";
            }
        }
        return null;
    }

    private static string Tool(string name) =>
        new[] { "/usr/bin/" + name, "/usr/local/bin/" + name }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{name} not found: install poppler-utils (scripts/test.sh does)");

    private static readonly string[] Headless = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--no-first-run", "--mute-audio"];

    private static async Task<string> RunAsync(string program, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw new TimeoutException($"{program} did not finish"); }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} exited {process.ExitCode}: {await error}");
        return await output;
    }

    private const string MeasureScript = """
        <script>
        (function () {
          var body = document.body.getBoundingClientRect().left;
          var items = [];
          document.querySelectorAll('table, svg, figure, .tiles, .pair, ul, p, h1, h2, h3, nav').forEach(function (e, i) {
            var r = e.getBoundingClientRect();
            items.push({ what: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '[' + i + ']', right: r.right - body, scroll: e.scrollWidth || r.width, client: e.clientWidth || r.width });
          });
          document.body.setAttribute('data-measure', JSON.stringify({ page: document.documentElement.scrollWidth, items: items }));
        })();
        </script>
        """;

    [GeneratedRegex("data-measure=\"([^\"]*)\"")]
    private static partial Regex MeasureAttribute();

    [GeneratedRegex(@"Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();

    [GeneratedRegex(@"^P6\s+(\d+)\s+(\d+)\s+255\s")]
    private static partial Regex PpmHeader();
}
