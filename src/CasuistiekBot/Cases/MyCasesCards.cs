using System.Text.Json.Nodes;
using CasuistiekBot.Calendar;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

internal sealed class MyCasesCards(CardTemplateStore templates, Texts texts, WorkingDayCalendar calendar)
{
    private const int StoryPreview = 400;

    public JsonObject List(IReadOnlyList<Casus> cases, string language) => templates.Bind(CaseCardNames.MyCases, new
    {
        Title = texts.Get(LocalizationTextKeys.MycasesTitle, language),
        HasCases = cases.Count > 0,
        Empty = texts.Get(LocalizationTextKeys.MycasesEmpty, language),
        Open = texts.Get(LocalizationTextKeys.MycasesOpen, language),
        Cases = cases.Select(c => new
        {
            Id = c.Id.ToString(),
            c.Reference,
            Status = Status(c.Status, language),
            Updated = texts.Get(LocalizationTextKeys.MycasesUpdated, language, Date(c.UpdatedAt, language)),
        }),
    });

    public JsonObject Detail(Casus casus, IReadOnlyList<AuditEntry> history, IReadOnlyList<CasusStep> steps, IReadOnlyList<CasusNews> news, string language) =>
        templates.Bind(CaseCardNames.Detail, new
    {
        Id = casus.Id.ToString(),
        Title = casus.Reference,
        Status = Status(casus.Status, language),
        Story = casus.Story.Length > StoryPreview ? casus.Story[..StoryPreview] + "…" : casus.Story,
        HistoryTitle = texts.Get(LocalizationTextKeys.DetailHistory, language),
        History = history.Select(h => new { Date = Date(h.At, language), Action = Action(h.Action, language) }),
        StepsTitle = texts.Get(CasesTextKeys.DetailSteps, language),
        HasSteps = steps.Count > 0,
        NoSteps = texts.Get(CasesTextKeys.DetailNoSteps, language),
        Steps = steps.Select(s => new { Title = $"{Day(s.At, language)} · {s.Title}", Lines = s.Lines.Select(l => new { Text = l }) }),
        HasNews = news.Count > 0,
        NewsTitle = texts.Get(CasesTextKeys.DetailNews, language),
        News = news.OrderByDescending(n => n.Id).Select(n => new
        {
            Date = Texts.Day(DateOnly.FromDateTime(n.SentOn.UtcDateTime), language),
            n.Text,
            n.Undelivered,
        }),
        UndeliveredLabel = texts.Get(CasesTextKeys.DetailUndelivered, language),
        CanWithdraw = CasusStatus.IsOpen(casus.Status) && casus.Status != CasusStatus.Discussed,
        WithdrawLabel = texts.Get(LocalizationTextKeys.DetailWithdrawLabel, language),
        ReasonRequired = texts.Get(LocalizationTextKeys.DetailReasonRequired, language),
        Withdraw = texts.Get(LocalizationTextKeys.DetailWithdraw, language),
        Back = texts.Get(LocalizationTextKeys.DetailBack, language),
        CanAdd = CasusStatus.IsOpen(casus.Status) && !casus.IsErased,
        Add = texts.Get(CasesTextKeys.AdditionButton, language),
    });

    /// <summary>What could not reach the author about one casus, offered again in their chat.</summary>
    public JsonObject News(Casus casus, IReadOnlyList<CasusNews> news, string language) => templates.Bind(CaseCardNames.News, new
    {
        Id = casus.Id.ToString(),
        Title = texts.Get(CasesTextKeys.NewsTitle, language, casus.Reference),
        Intro = texts.Get(news.Count == 1 ? CasesTextKeys.NewsIntro : CasesTextKeys.NewsIntroMany, language),
        News = news.Select(n => new { Date = Texts.Day(DateOnly.FromDateTime(n.SentOn.UtcDateTime), language), n.Text }),
        Open = texts.Get(CasesTextKeys.NewsOpen, language, casus.Reference),
    });

    public string Status(string status, string language) =>
        texts.Keys.Contains(LocalizationTextKeys.StatusPrefix + status) ? texts.Get(LocalizationTextKeys.StatusPrefix + status, language) : status;

    private string Action(string action, string language) =>
        texts.Keys.Contains(CasesTextKeys.AuditPrefix + action) ? texts.Get(CasesTextKeys.AuditPrefix + action, language) : action;

    private string Day(DateTimeOffset at, string language) => Texts.Day(calendar.LocalDate(at), language);

    private string Date(DateTimeOffset at, string language) => Texts.DatedMoment(at, calendar.TimeZone, language);
}
