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
            Heading = mt is null ? T(SignalsTextKeys.SignalOverviewHeading) : T(SignalsTextKeys.SignalOverviewHeadingMt, mt),
            Summary = T(SignalsTextKeys.SignalOverviewSummary, figures.Open, figures.Overdue.Count, figures.Closed),
            HasOpen = figures.Open > 0,
            Statuses = figures.ByStatus.Select(s => new { Label = T(SignalsTextKeys.SignalStatusPrefix + s.Key), Value = Number(s.Count) }),
            Owners = figures.ByOwner.Select(s => new { Label = s.Key, Value = Number(s.Count) }),
            Directorates = figures.ByDirectorate.Select(s => new { Label = s.Key, Value = Number(s.Count) }),
            HasOldest = figures.Oldest is not null,
            Oldest = Oldest(figures, language),
            HasOverdue = figures.Overdue.Count > 0,
            Overdue = Overdue(figures, language),
            LeadTime = figures.AverageLeadTimeWorkingDays is { } days
                ? T(SignalsTextKeys.SignalOverviewLeadTime, days.ToString("0.0", Texts.Culture(language)))
                : T(SignalsTextKeys.SignalOverviewNoLeadTime),
            Feedback = figures.FeedbackShare is { } share
                ? T(SignalsTextKeys.SignalOverviewFeedback, figures.AuthorsInformed, figures.ClosedWithAuthor, share.ToString("P0", Texts.Culture(language)))
                : T(SignalsTextKeys.SignalOverviewNoFeedback),
            Labels = new { Status = T(SignalsTextKeys.SignalOverviewStatus), Owners = T(SignalsTextKeys.SignalOverviewOwners), Directorates = T(SignalsTextKeys.SignalOverviewDirectorates), Overdue = T(SignalsTextKeys.SignalOverviewOverdue) },
        });
    }

    public JsonObject Digest(string mt, SignalFigures figures, string language)
    {
        string T(string key, params object[] args) => texts.Get(key, language, args);
        return templates.Bind(SignalCardNames.MtDigest, new
        {
            Heading = T(SignalsTextKeys.SignalDigestHeading, mt, figures.Open),
            Intro = T(SignalsTextKeys.SignalDigestIntro),
            Owners = figures.ByOwner.Select(s => new { Label = s.Key, Value = Number(s.Count) }),
            HasOldest = figures.Oldest is not null,
            Oldest = Oldest(figures, language),
            HasOverdue = figures.Overdue.Count > 0,
            Overdue = Overdue(figures, language),
            Footer = T(SignalsTextKeys.SignalDigestFooter),
            Labels = new { Owners = T(SignalsTextKeys.SignalOverviewOwners), Overdue = T(SignalsTextKeys.SignalOverviewOverdue) },
        });
    }

    private string Oldest(SignalFigures figures, string language) => figures.Oldest is { } oldest
        ? texts.Get(SignalsTextKeys.SignalOverviewOldest, language, oldest.Reference, oldest.Title, oldest.OwnerName,
            Texts.Day(calendar.LocalDate(oldest.CreatedAt), language), overview.LeadTimeWorkingDays(oldest))
        : "";

    private IEnumerable<object> Overdue(SignalFigures figures, string language) => figures.Overdue.Take(25).Select(s => new
    {
        Text = texts.Get(SignalsTextKeys.SignalOverviewOverdueLine, language, s.Reference, s.Title, s.OwnerName, Texts.Day(s.DueDate, language)),
    });

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
