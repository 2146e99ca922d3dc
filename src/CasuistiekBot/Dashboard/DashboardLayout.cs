using static System.Net.WebUtility;

namespace CasuistiekBot.Dashboard;

/// <summary>The page frame: inline styles in Teams' light look, readable in a narrow tab and in a browser.</summary>
internal static class DashboardLayout
{
    private const string Styles = """
        :root { color-scheme: light; --ink: #242424; --muted: #616161; --line: #e0e0e0; --accent: #154273; --late: #c4314b; }
        * { box-sizing: border-box; }
        html { background: #f5f5f5; }
        body { margin: 0; padding: 16px 20px 32px; font: 14px/1.45 "Segoe UI", system-ui, sans-serif; color: var(--ink); background: #f5f5f5; }
        h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 0 0 8px; }
        .as-of { color: var(--muted); margin: 0 0 16px; }
        .grid { display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); }
        section { background: #fff; border-radius: 6px; padding: 14px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.12); overflow-x: auto; }
        section.wide { grid-column: 1 / -1; }
        table { border-collapse: collapse; width: 100%; margin-top: 8px; }
        th, td { text-align: left; padding: 4px 8px 4px 0; border-bottom: 1px solid var(--line); vertical-align: top; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        .big { font-size: 32px; font-weight: 600; margin: 0; }
        .late { color: var(--late); font-weight: 600; }
        a { color: var(--accent); } a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
        svg.chart { max-width: 100%; height: auto; display: block; margin-top: 8px; }
        svg.chart text { font: 11px "Segoe UI", system-ui, sans-serif; fill: var(--ink); }
        section h2 + dl, dl + h2 { margin-top: 12px; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; } dt { color: var(--muted); } dd { margin: 0; }
        ol.history { margin: 0; padding-left: 20px; } ol.history li { margin-bottom: 6px; }
        .notice { background: #fff; border-left: 4px solid var(--accent); padding: 12px 16px; }
        """;

    public static string Page(string language, string title, string body, string? scriptNonce = null, string? script = null) => $"""
        <!doctype html>
        <html lang="{language}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{HtmlEncode(title)}</title>
        <style>{Styles}</style>
        </head>
        <body>
        {body}
        {(script is null ? "" : $"<script src=\"/dashboard/teams.js\"></script>\n<script nonce=\"{scriptNonce}\">{script}</script>")}
        </body>
        </html>
        """;
}
