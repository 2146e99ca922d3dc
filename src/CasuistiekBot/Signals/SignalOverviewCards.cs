using System.Globalization;
using System.Text.Json.Nodes;
using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Signals;

/// <summary>The overview card (coordinators, MT members) and the weekly MT digest, both from <see cref="SignalFigures"/>.</summary>
internal sealed class SignalOverviewCards(CardTemplateStore templates, Texts texts, WorkingDayCalendar calendar, SignalOverview overview)
{
    /// <summary>The whole register's figures, or one MT's when <paramref name="mt"/> is given.</summary>
    public JsonObject Overview(SignalFigures figures, string language, string? mt = null)
    {
        string T(string key, params object[] args) => texts.Get(key, language, args);
        return templates.Bind(SignalCardNames.Overview, new
        {
            Heading = mt is null ? T("signal.overview.heading") : T("signal.overview.headingMt", mt),
            Summary = T("signal.overview.summary", figures.Open, figures.Overdue.Count, figures.Closed),
            HasOpen = figures.Open > 0,
            Statuses = figures.ByStatus.Select(s => new { Label = T("signal.status." + s.Key), Value = Number(s.Count) }),
            Owners = figures.ByOwner.Select(s => new { Label = s.Key, Value = Number(s.Count) }),
            Directorates = figures.ByDirectorate.Select(s => new { Label = s.Key, Value = Number(s.Count) }),
            HasOldest = figures.Oldest is not null,
            Oldest = Oldest(figures, language),
            HasOverdue = figures.Overdue.Count > 0,
            Overdue = Overdue(figures, language),
            LeadTime = figures.AverageLeadTimeWorkingDays is { } days
                ? T("signal.overview.leadTime", days.ToString("0.0", Texts.Culture(language)))
                : T("signal.overview.noLeadTime"),
            Feedback = figures.FeedbackShare is { } share
                ? T("signal.overview.feedback", figures.AuthorsInformed, figures.ClosedWithAuthor, share.ToString("P0", Texts.Culture(language)))
                : T("signal.overview.noFeedback"),
            Labels = new { Status = T("signal.overview.status"), Owners = T("signal.overview.owners"), Directorates = T("signal.overview.directorates"), Overdue = T("signal.overview.overdue") },
        });
    }

    public JsonObject Digest(string mt, SignalFigures figures, string language)
    {
        string T(string key, params object[] args) => texts.Get(key, language, args);
        return templates.Bind(SignalCardNames.MtDigest, new
        {
            Heading = T("signal.digest.heading", mt, figures.Open),
            Intro = T("signal.digest.intro"),
            Owners = figures.ByOwner.Select(s => new { Label = s.Key, Value = Number(s.Count) }),
            HasOldest = figures.Oldest is not null,
            Oldest = Oldest(figures, language),
            HasOverdue = figures.Overdue.Count > 0,
            Overdue = Overdue(figures, language),
            Footer = T("signal.digest.footer"),
            Labels = new { Owners = T("signal.overview.owners"), Overdue = T("signal.overview.overdue") },
        });
    }

    private string Oldest(SignalFigures figures, string language) => figures.Oldest is { } oldest
        ? texts.Get("signal.overview.oldest", language, oldest.Reference, oldest.Title, oldest.OwnerName,
            Texts.Day(calendar.LocalDate(oldest.CreatedAt), language), overview.LeadTimeWorkingDays(oldest))
        : "";

    private IEnumerable<object> Overdue(SignalFigures figures, string language) => figures.Overdue.Take(25).Select(s => new
    {
        Text = texts.Get("signal.overview.overdueLine", language, s.Reference, s.Title, s.OwnerName, Texts.Day(s.DueDate, language)),
    });

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
