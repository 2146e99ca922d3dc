using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CasuistiekBot.Cases;
using CasuistiekBot.Signals;
using CasuistiekBot.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Dashboard;

/// <summary>
/// What the Dutch overview must show, counted straight from the tables with plain queries (not the dashboard's code),
/// keyed like the page's <c>data-figure</c> attributes, formatted like the page (Dutch numbers, "–" for no value).
/// </summary>
internal static partial class ExpectedFigures
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <param name="mt">Only the signals owned in, or being handed to, this MT (what its members see); open signals per MT
    /// and cases are counted whole.</param>
    public static async Task<Dictionary<string, string>> FromDatabaseAsync(DashboardApp app, string? mt = null)
    {
        await using var db = await app.DatabaseAsync();
        var register = await db.Set<Signal>().AsNoTracking().ToListAsync();
        var signals = await db.Set<Signal>().AsNoTracking().Where(s => mt == null || s.OwnerMt == mt || s.TransferToMt == mt).ToListAsync();
        var cases = await db.Set<Casus>().AsNoTracking().ToListAsync();
        var decisions = await db.Set<TriageDecision>().AsNoTracking().ToListAsync();
        var today = Local(app.Clock.GetUtcNow());
        var open = signals.Where(s => s.Status is "nieuw" or "opgepakt" or "in-behandeling" or "overgedragen").ToList();
        var figures = new Dictionary<string, string>
        {
            ["open-total"] = open.Count.ToString(Dutch),
            ["overdue-total"] = open.Count(s => s.DueDate < today).ToString(Dutch),
        };
        foreach (var status in new[] { "nieuw", "opgepakt", "in-behandeling", "overgedragen" }) figures[$"status:{status}"] = open.Count(s => s.Status == status).ToString(Dutch);
        foreach (var owner in open.GroupBy(s => s.OwnerName)) figures[$"owner:{owner.Key}"] = owner.Count().ToString(Dutch);
        foreach (var team in register.Where(s => s.Status is "nieuw" or "opgepakt" or "in-behandeling" or "overgedragen").GroupBy(s => s.OwnerMt ?? "Geen MT bekend")) figures[$"mt:{team.Key}"] = team.Count().ToString(Dutch);
        foreach (var (bucket, from, to) in new[] { ("0-7", 0, 7), ("8-30", 8, 30), ("31-90", 31, 90), ("91-180", 91, 180), ("181+", 181, int.MaxValue) })
        {
            figures[$"age:{bucket}"] = open.Count(s => Age(s, today) >= from && Age(s, today) <= to).ToString(Dutch);
        }
        foreach (var signal in open)
        {
            figures[$"age:{signal.Reference}"] = Age(signal, today).ToString(Dutch);
            if (signal.DueDate < today) figures[$"days-overdue:{signal.Reference}"] = (today.DayNumber - signal.DueDate.DayNumber).ToString(Dutch);
        }
        for (var back = 0; back < 12; back++)
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
            var leads = signals.Where(s => s.Status == "afgerond" && s.ClosedAt is { } c && Local(c).Year == month.Year && Local(c).Month == month.Month)
                .Select(s => Math.Round((s.ClosedAt!.Value - s.CreatedAt).TotalDays, 1)).Order().ToList();
            var key = $"{month:yyyy-MM}";
            figures[$"closed:{key}"] = leads.Count.ToString(Dutch);
            figures[$"lead-average:{key}"] = leads.Count == 0 ? "–" : Math.Round(leads.Average(), 1).ToString("0.#", Dutch);
            figures[$"lead-median:{key}"] = leads.Count == 0 ? "–"
                : (leads.Count % 2 == 1 ? leads[leads.Count / 2] : Math.Round((leads[leads.Count / 2 - 1] + leads[leads.Count / 2]) / 2, 1)).ToString("0.#", Dutch);
        }
        var yearBack = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        foreach (var (key, status) in new[] { ("merged", "samengevoegd"), ("declined", "afgewezen") })
        {
            figures[$"ended:{key}"] = signals.Count(s => s.Status == status && s.ClosedAt is { } c && Local(c) >= yearBack).ToString(Dutch);
        }
        foreach (var route in cases.GroupBy(c => RouteOf(decisions.SingleOrDefault(d => d.CasusId == c.Id))))
        {
            foreach (var status in new[] { "ingediend", "in-triage", "ingepland", "besproken", "afgerond", "doorverwezen", "afgewezen", "ingetrokken" })
            {
                figures[$"route:{route.Key}:{status}"] = route.Count(c => c.Status == status).ToString(Dutch);
            }
            figures[$"route:{route.Key}:total"] = route.Count().ToString(Dutch);
        }
        return figures;
    }

    /// <summary>Every <c>data-figure</c> on a server-rendered page with the text it shows.</summary>
    public static Dictionary<string, string> OnPage(string html) =>
        Figure().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));

    private static DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Amsterdam).DateTime);

    private static int Age(Signal signal, DateOnly today) => today.DayNumber - Local(signal.CreatedAt).DayNumber;

    private static string RouteOf(TriageDecision? decision) => decision switch
    {
        null => "triage",
        { Decision: "spreekuur" } => "spreekuur",
        { Decision: "afgewezen" } => "afgewezen",
        _ => decision.Route!,
    };

    [GeneratedRegex("data-figure=\"([^\"]*)\"[^>]*>([^<]*)<")]
    private static partial Regex Figure();
}
