namespace CasuistiekBot.Reporting;

/// <summary>
/// The report's styles, made to print on A4 portrait: 15 mm margins leave 180 mm, and nothing may be wider. Tables use a
/// fixed layout at 100% and break long words; charts scale down to the column; a row, a figure or a chart never breaks
/// across pages. On screen the same column is centred.
/// </summary>
internal static class StandStyles
{
    public const string Css = """
        @page { size: A4 portrait; margin: 15mm; }
        :root { color-scheme: light; --ink: #242424; --muted: #5c5c5c; --line: #d6d6d6; --accent: #154273; }
        * { box-sizing: border-box; }
        html { background: #fff; }
        body { margin: 0 auto; max-width: 180mm; font: 10pt/1.4 "Segoe UI", "DejaVu Sans", system-ui, sans-serif; color: var(--ink); }
        h1 { font-size: 18pt; margin: 0 0 2mm; color: var(--accent); }
        h2 { font-size: 13pt; margin: 7mm 0 2mm; color: var(--accent); break-after: avoid; }
        h3 { font-size: 11pt; margin: 4mm 0 1mm; break-after: avoid; }
        p { margin: 0 0 2mm; } .muted { color: var(--muted); }
        nav { margin: 0 0 4mm; } a { color: var(--accent); }
        .tiles { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 3mm; margin: 2mm 0; }
        .tile { border: 1px solid var(--line); border-radius: 2mm; padding: 2mm 3mm; break-inside: avoid; }
        .tile b { display: block; font-size: 16pt; }
        .pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 5mm; }
        figure { margin: 2mm 0; break-inside: avoid; max-width: 100%; }
        svg.chart { display: block; max-width: 100%; height: auto; }
        svg.chart text { font: 11px "Segoe UI", "DejaVu Sans", system-ui, sans-serif; fill: var(--ink); }
        table { width: 100%; max-width: 100%; border-collapse: collapse; table-layout: fixed; margin: 1mm 0 3mm; font-size: 8.5pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { text-align: left; vertical-align: top; padding: 1mm 2mm 1mm 0; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; word-break: break-word; hyphens: auto; }
        th { color: var(--muted); font-weight: 600; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        .flag { color: #a4262c; font-weight: 600; }
        ul.remarks { margin: 0; padding-left: 5mm; } ul.remarks li { break-inside: avoid; overflow-wrap: anywhere; }
        @media screen { body { padding: 16px; } }
        """;
}
