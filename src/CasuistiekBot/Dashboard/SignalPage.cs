using System.Text;
using CasuistiekBot.Calendar;
using CasuistiekBot.Localization;
using static System.Net.WebUtility;

namespace CasuistiekBot.Dashboard;

/// <summary>One signal: its facts and what happened to it, from the audit trail, in the organisation's local time.</summary>
internal sealed class SignalPage(Texts texts, WorkingDayCalendar calendar)
{
    public string Render(SignalHistory.Result result, string language)
    {
        string T(string key) => texts.Get(key, language);
        string Label(string prefix, string value) => texts.Keys.Contains(prefix + value) ? texts.Get(prefix + value, language) : value;
        string Local(DateTimeOffset at) => Texts.DatedMoment(at, calendar.TimeZone, language);
        var signal = result.Signal;

        var facts = new List<(string Label, string Value)>
        {
            (T(DashboardTextKeys.DashboardColStatus), Label(DashboardTextKeys.DashboardSignalStatusPrefix, signal.Status)),
            (T(DashboardTextKeys.DashboardColCategory), Label(DashboardTextKeys.DashboardCategoryPrefix, signal.Category)),
            (T(DashboardTextKeys.DashboardColOwner), signal.OwnerName),
            (T(DashboardTextKeys.DashboardColMt), signal.OwnerMt ?? T(DashboardTextKeys.DashboardNoMt)),
            (T(DashboardTextKeys.DashboardColDue), Texts.Day(signal.DueDate, language)),
            (T(DashboardTextKeys.DashboardColRegistered), Local(signal.CreatedAt)),
        };
        if (result.SourceCasusReference is { } casus) facts.Add((T(DashboardTextKeys.DashboardColCasus), casus));
        if (signal.TransferToName is { } transferTo) facts.Add((T(DashboardTextKeys.DashboardColTransferTo), transferTo));
        if (signal.LatestNote is { } note) facts.Add((T(DashboardTextKeys.DashboardColLatestNote), note));
        if (signal.ClosedAt is { } closedAt) facts.Add((T(DashboardTextKeys.DashboardColClosedOn), Local(closedAt)));
        if (signal.Resolution is { } resolution) facts.Add((T(DashboardTextKeys.DashboardColResolution), Label(DashboardTextKeys.DashboardResolutionPrefix, resolution)));
        if (signal.ResolutionText is { } answer) facts.Add((T(DashboardTextKeys.DashboardColAnswer), answer));
        if (signal.Motivation is { } motivation) facts.Add((T(DashboardTextKeys.DashboardColMotivation), motivation));

        var history = result.Entries.Count == 0
            ? $"<p>{T(DashboardTextKeys.DashboardHistoryNone)}</p>"
            : "<ol class=\"history\">" + string.Concat(result.Entries.Select(e =>
                $"<li data-audit=\"{HtmlEncode(e.Action)}\"><time datetime=\"{e.At.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\">{Local(e.At)}</time>: "
                + $"{HtmlEncode(Label(DashboardTextKeys.DashboardAuditPrefix, e.Action))}{(string.IsNullOrWhiteSpace(e.Details) ? "" : " (" + HtmlEncode(e.Details) + ")")}</li>")) + "</ol>";

        var body = new StringBuilder()
            .Append($"<p><a data-nav href=\"/dashboard?lang={language}\">{T(DashboardTextKeys.DashboardBack)}</a></p>")
            .Append($"<header><h1><span data-figure=\"reference\">{HtmlEncode(signal.Reference)}</span>: {HtmlEncode(signal.Title)}</h1></header>")
            .Append("<main class=\"grid\">")
            .Append($"<section class=\"wide\" aria-labelledby=\"facts-h\"><h2 id=\"facts-h\">{T(DashboardTextKeys.DashboardSignalFacts)}</h2><dl>")
            .Append(string.Concat(facts.Select(f => $"<dt>{HtmlEncode(f.Label)}</dt><dd>{HtmlEncode(f.Value)}</dd>")))
            .Append($"</dl><h2>{T(DashboardTextKeys.DashboardSignalDescription)}</h2><p>{HtmlEncode(signal.Description)}</p></section>")
            .Append($"<section class=\"wide\" id=\"history\" aria-labelledby=\"history-h\"><h2 id=\"history-h\">{T(DashboardTextKeys.DashboardSignalHistory)}</h2>{history}</section>")
            .Append("</main>");
        return DashboardLayout.Page(language, $"{signal.Reference}: {signal.Title}", body.ToString());
    }
}
