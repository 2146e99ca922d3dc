using System.Globalization;
using CasuistiekBot.Localization;
using static System.Net.WebUtility;

namespace CasuistiekBot.Dashboard.PerMt;

/// <summary>
/// For a DG over several MTs: the open signals grouped per MT, each MT with its count, the overdue ones and a table of
/// its signals, in the order of the DG's MTs (an MT without open signals says so).
/// </summary>
internal sealed class PerMtSection(Texts texts)
{
    public string Scope(IReadOnlyList<string> mts, string language) =>
        $"<p class=\"scope\" data-scope=\"{HtmlEncode(string.Join("|", mts))}\">{HtmlEncode(texts.Get(DashboardPerMtTextKeys.DashboardPerMtScope, language, string.Join(", ", mts)))}</p>";

    public string Render(IReadOnlyList<string> mts, IReadOnlyList<OpenSignal> open, string language, Func<string, string> link, Func<string, string> status)
    {
        var culture = DashboardLanguage.Culture(language);
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var groups = mts.Select(mt => (Mt: mt, Signals: open.Where(s => string.Equals(s.Mt, mt, StringComparison.OrdinalIgnoreCase)).ToList()))
            .Concat(open.Where(s => !mts.Contains(s.Mt ?? "", StringComparer.OrdinalIgnoreCase)).GroupBy(s => s.Mt ?? "—").Select(g => (Mt: g.Key, Signals: g.ToList())));
        var body = string.Concat(groups.Select(g =>
        {
            var overdue = g.Signals.Count(s => s.DaysOverdue > 0);
            var head = $"<h3 data-mt=\"{HtmlEncode(g.Mt)}\">{HtmlEncode(g.Mt)}</h3><p data-mt-open=\"{HtmlEncode(g.Mt)}\" data-count=\"{g.Signals.Count}\" data-overdue=\"{overdue}\">"
                + HtmlEncode(T(DashboardPerMtTextKeys.DashboardPerMtCount, g.Signals.Count, overdue)) + "</p>";
            if (g.Signals.Count == 0) return head;
            var rows = g.Signals.Select(s => $"<tr data-mt-signal=\"{HtmlEncode(g.Mt)}\"><td>{link(s.Reference)}</td><td>{HtmlEncode(s.Title)}</td><td>{HtmlEncode(status(s.Status))}</td>"
                + $"<td>{HtmlEncode(s.OwnerName)}</td><td{(s.DaysOverdue > 0 ? " class=\"late\"" : "")}>{s.DueDate.ToString("d MMM yyyy", culture)}</td></tr>");
            return head + "<table><thead><tr>"
                + string.Concat(new[] { DashboardTextKeys.DashboardColReference, DashboardTextKeys.DashboardColTitle, DashboardTextKeys.DashboardColStatus, DashboardTextKeys.DashboardColOwner, DashboardTextKeys.DashboardColDue }
                    .Select(k => $"<th scope=\"col\">{HtmlEncode(T(k))}</th>"))
                + $"</tr></thead><tbody>{string.Concat(rows)}</tbody></table>";
        }));
        return $"<section id=\"per-mt\" aria-labelledby=\"per-mt-h\" class=\"wide\"><h2 id=\"per-mt-h\">{HtmlEncode(T(DashboardPerMtTextKeys.DashboardPerMtTitle))}</h2>{body}</section>";
    }
}
