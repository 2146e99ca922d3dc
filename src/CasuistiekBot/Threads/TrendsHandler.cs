using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Localization;
using CasuistiekBot.Signals;
using CasuistiekBot.Signals.Intake;

namespace CasuistiekBot.Threads;

/// <summary>
/// "trends" (or "rode draden"): the themes and laws of the past year per quarter as a card, counted as on the dashboard's
/// trends page: coordinators and signal keepers over the whole register, an MT member or DG over the signals of their
/// own MTs (no cases), anyone else is told who may.
/// </summary>
internal sealed class TrendsHandler(SignalAudience audience, SignalKeepers keepers, ThreadTrends trends, CardTemplateStore templates, Texts texts) : ICommandHandler
{
    private const int Rows = 8;

    public IReadOnlyCollection<string> Commands { get; } = ["trends", "rode draden"];

    public CommandScope Scope => CommandScope.PersonalOrTrusted;

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var who = turn.Activity.From?.AadObjectId;
        var scope = await audience.ScopeAsync(who, cancellationToken);
        if (!scope.Everything && await keepers.IsKeeperAsync(who, cancellationToken)) scope = SignalScope.All;
        var language = turn.Language;
        string T(string key, params object[] args) => texts.Get(key, language, args);
        if (!scope.SeesAny)
        {
            await turn.SendAsync(MessageFactory.Text(T(ThreadsTextKeys.ThreadsTrendsRefused)), cancellationToken);
            return;
        }
        var figures = await trends.ComputeAsync(quarters: true, language, scope, cancellationToken);
        var quarter = T(ThreadsTextKeys.ThreadsTrendsQuarter);
        var card = templates.Bind(ThreadsCardNames.Trends, new
        {
            Heading = T(ThreadsTextKeys.ThreadsTrendsHeading),
            Total = scope.Everything
                ? T(ThreadsTextKeys.ThreadsTrendsTotal, figures.Cases, figures.Signals, Texts.Day(figures.Since, language))
                : T(ThreadsTextKeys.ThreadsTrendsTotalScoped, figures.Signals, string.Join(", ", scope.Mts), Texts.Day(figures.Since, language)),
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
