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
        Title = texts.Get("mycases.title", language),
        HasCases = cases.Count > 0,
        Empty = texts.Get("mycases.empty", language),
        Open = texts.Get("mycases.open", language),
        Cases = cases.Select(c => new
        {
            Id = c.Id.ToString(),
            c.Reference,
            Status = Status(c.Status, language),
            Updated = texts.Get("mycases.updated", language, Date(c.UpdatedAt, language)),
        }),
    });

    public JsonObject Detail(Casus casus, IReadOnlyList<AuditEntry> history, IReadOnlyList<CasusStep> steps, IReadOnlyList<CasusNews> news, string language) =>
        templates.Bind(CaseCardNames.Detail, new
    {
        Id = casus.Id.ToString(),
        Title = casus.Reference,
        Status = Status(casus.Status, language),
        Story = casus.Story.Length > StoryPreview ? casus.Story[..StoryPreview] + "…" : casus.Story,
        HistoryTitle = texts.Get("detail.history", language),
        History = history.Select(h => new { Date = Date(h.At, language), Action = Action(h.Action, language) }),
        StepsTitle = texts.Get("detail.steps", language),
        HasSteps = steps.Count > 0,
        NoSteps = texts.Get("detail.noSteps", language),
        Steps = steps.Select(s => new { Title = $"{Day(s.At, language)} · {s.Title}", Lines = s.Lines.Select(l => new { Text = l }) }),
        HasNews = news.Count > 0,
        NewsTitle = texts.Get("detail.news", language),
        News = news.OrderByDescending(n => n.Id).Select(n => new
        {
            Date = Texts.Day(DateOnly.FromDateTime(n.SentOn.UtcDateTime), language),
            n.Text,
            n.Undelivered,
        }),
        UndeliveredLabel = texts.Get("detail.undelivered", language),
        CanWithdraw = CasusStatus.IsOpen(casus.Status) && casus.Status != CasusStatus.Discussed,
        WithdrawLabel = texts.Get("detail.withdrawLabel", language),
        ReasonRequired = texts.Get("detail.reasonRequired", language),
        Withdraw = texts.Get("detail.withdraw", language),
        Back = texts.Get("detail.back", language),
        CanAdd = CasusStatus.IsOpen(casus.Status) && !casus.IsErased,
        Add = texts.Get("addition.button", language),
    });

    /// <summary>What could not reach the author about one casus, offered again in their chat.</summary>
    public JsonObject News(Casus casus, IReadOnlyList<CasusNews> news, string language) => templates.Bind(CaseCardNames.News, new
    {
        Id = casus.Id.ToString(),
        Title = texts.Get("news.title", language, casus.Reference),
        Intro = texts.Get(news.Count == 1 ? "news.intro" : "news.introMany", language),
        News = news.Select(n => new { Date = Texts.Day(DateOnly.FromDateTime(n.SentOn.UtcDateTime), language), n.Text }),
        Open = texts.Get("news.open", language, casus.Reference),
    });

    public string Status(string status, string language) =>
        texts.Keys.Contains("status." + status) ? texts.Get("status." + status, language) : status;

    private string Action(string action, string language) =>
        texts.Keys.Contains("audit." + action) ? texts.Get("audit." + action, language) : action;

    private string Day(DateTimeOffset at, string language) => Texts.Day(calendar.LocalDate(at), language);

    private string Date(DateTimeOffset at, string language) => Texts.DatedMoment(at, calendar.TimeZone, language);
}
