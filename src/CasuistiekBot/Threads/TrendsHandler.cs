using CasuistiekBot.Coordinators;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Roles;
using CasuistiekBot.Signals;

namespace CasuistiekBot.Threads;

/// <summary>"trends" (or "rode draden"): coordinators get the themes and laws of the past year per quarter as a card.</summary>
internal sealed class TrendsHandler(CoordinatorGuard coordinators, ThreadTrends trends, CardTemplateStore templates, Texts texts) : ICommandHandler
{
    private const int Rows = 8;

    public IReadOnlyCollection<string> Commands { get; } = ["trends", "rode draden"];

    public CommandScope Scope => CommandScope.PersonalOrTrusted;

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (await coordinators.RefuseCommandAsync(turn, cancellationToken)) return;
        var language = turn.Language;
        var figures = await trends.ComputeAsync(quarters: true, language, SignalScope.All, cancellationToken);
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var quarter = T(ThreadsTextKeys.ThreadsTrendsQuarter);
        var card = templates.Bind(ThreadsCardNames.Trends, new
        {
            Heading = T(ThreadsTextKeys.ThreadsTrendsHeading),
            Total = T(ThreadsTextKeys.ThreadsTrendsTotal, figures.Cases, figures.Signals, Texts.Day(figures.Since, language)),
            Empty = figures.Themes.Count == 0 && figures.Laws.Count == 0,
            EmptyText = T(ThreadsTextKeys.ThreadsTrendsEmpty),
            HasThemes = figures.Themes.Count > 0,
            HasLaws = figures.Laws.Count > 0,
            ThemesLabel = T(ThreadsTextKeys.ThreadsTrendsThemes, quarter),
            Themes = Facts(figures, figures.Themes),
            LawsLabel = T(ThreadsTextKeys.ThreadsTrendsLaws, quarter),
            Laws = Facts(figures, figures.Laws),
        });
        await turn.SendAsync(MessageFactory.Card(card), cancellationToken);
    }

    private static IEnumerable<object> Facts(TrendFigures figures, IReadOnlyList<TrendRow> rows) =>
        rows.Take(Rows).Select(r => new
        {
            Title = $"{r.Label} ({r.Total})",
            Value = string.Join(" · ", figures.Periods.Select((p, i) => $"{p}: {r.Counts[i]}")),
        });
}
