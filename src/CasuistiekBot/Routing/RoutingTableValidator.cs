using System.Text.RegularExpressions;
using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Routing;

// Collects every problem at once, so an administrator can fix a table in one go.
internal static partial class RoutingTableValidator
{
    public const double MaximumWeight = 5;

    public static IReadOnlyList<RoutingProblem> Validate(RoutingTableDocument document)
    {
        var problems = new List<RoutingProblem>();
        if (document.SafetyThreshold is <= 0 or > 50 || !double.IsFinite(document.SafetyThreshold))
        {
            problems.Add(new("safetyThreshold", $"must be above 0 and at most 50, is {document.SafetyThreshold}"));
        }
        // A JSON null fits every list and object property; each is a problem here, never a crash further on.
        if (document.Routes is null) problems.Add(new("routes", "must be a list, not null"));
        else if (document.Routes.Count == 0) problems.Add(new("routes", "the table has no routes"));

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (document.Routes?.Count ?? 0); i++)
        {
            if (document.Routes![i] is { } route) ValidateRoute(route, $"routes[{i}]", ids, problems);
            else problems.Add(new($"routes[{i}]", "is null"));
        }
        if (document.Themes is null) problems.Add(new("themes", "must be a list, not null"));
        var themeIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (document.Themes?.Count ?? 0); i++)
        {
            if (document.Themes![i] is not { } theme)
            {
                problems.Add(new($"themes[{i}]", "is null"));
                continue;
            }
            var at = Located($"themes[{i}]", theme.Id);
            ValidateId(theme.Id, at, themeIds, "theme", problems);
            ValidateText(theme.Name, $"{at}.name", problems);
            ValidateSignals(theme.Signals, at, hasContext: false, problems);
        }
        return problems;
    }

    private static void ValidateRoute(RouteDefinition route, string index, HashSet<string> ids, List<RoutingProblem> problems)
    {
        var at = Located(index, route.Id);
        ValidateId(route.Id, at, ids, "route", problems);
        ValidateText(route.Name, $"{at}.name", problems);
        ValidateText(route.Description, $"{at}.description", problems);
        ValidateText(route.Contact, $"{at}.contact", problems);
        if (route.Handler is { } handler && (handler.Length == 0 || handler.Any(char.IsWhiteSpace)))
        {
            problems.Add(new($"{at}.handler", "must be null or a Teams conversation id without spaces"));
        }
        if (!SafetyKinds.TryParse(route.Safety, out var safety))
        {
            problems.Add(new($"{at}.safety", $"'{route.Safety}' is not one of: {SafetyKinds.SocialSafety}, {SafetyKinds.Integrity}"));
        }
        else if (safety != SafetyKind.None && !route.Confidential)
        {
            problems.Add(new($"{at}.confidential", "a safety route must be confidential so it never reaches a panel"));
        }
        ValidateWeight(route.Prior, $"{at}.prior", allowZero: true, problems);
        if (route.Wishes is null) problems.Add(new($"{at}.wishes", "must be an object, not null"));
        foreach (var (wish, bonus) in route.Wishes ?? [])
        {
            if (!CasusWishes.TryParse(wish, out _))
            {
                problems.Add(new($"{at}.wishes.{wish}", $"unknown wish; use one of: {string.Join(", ", CasusWishes.Names)}"));
            }
            ValidateWeight(bonus, $"{at}.wishes.{wish}", allowZero: true, problems);
        }
        if (route.Context is null) problems.Add(new($"{at}.context", "must be a list, not null"));
        for (var c = 0; c < (route.Context?.Count ?? 0); c++)
        {
            if (TermPattern.TryParse(route.Context![c] ?? "") is null) problems.Add(new($"{at}.context[{c}]", "empty context term"));
        }
        ValidateSignals(route.Signals, at, route.Context is { Count: > 0 }, problems);
    }

    private static void ValidateSignals(IReadOnlyList<SignalDefinition?>? signals, string at, bool hasContext, List<RoutingProblem> problems)
    {
        if (signals is null)
        {
            problems.Add(new($"{at}.signals", "must be a list, not null"));
            return;
        }
        if (!signals.Any(s => s?.Weight > 0)) problems.Add(new($"{at}.signals", "needs at least one signal with a positive weight"));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < signals.Count; s++)
        {
            var where = $"{at}.signals[{s}]";
            if (signals[s] is not { } signal)
            {
                problems.Add(new(where, "is null"));
                continue;
            }
            if (string.IsNullOrWhiteSpace(signal.Term) || TermPattern.TryParse(signal.Term) is null)
            {
                problems.Add(new($"{where}.term", "is empty"));
                continue;
            }
            if (signal.Term.Split(' ').Any(word => word.IndexOf('*') is >= 0 and var star && star != word.Length - 1))
            {
                problems.Add(new($"{where}.term", $"'{signal.Term}': '*' may only end a word"));
            }
            if (!seen.Add(TextTokenizer.Fold(signal.Term.Trim()))) problems.Add(new($"{where}.term", $"'{signal.Term}' appears twice"));
            ValidateWeight(signal.Weight, $"{where}.weight", allowZero: false, problems);
            if (signal.NeedsContext && !hasContext) problems.Add(new($"{where}.needsContext", "the route has no context terms"));
        }
    }

    private static void ValidateId(string? id, string at, HashSet<string> ids, string kind, List<RoutingProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(id)) problems.Add(new($"{at}.id", $"every {kind} needs an id"));
        else if (!IdPattern().IsMatch(id)) problems.Add(new($"{at}.id", $"'{id}' must be lower case letters and digits joined by single hyphens"));
        else if (!ids.Add(id)) problems.Add(new($"{at}.id", $"duplicate {kind} id '{id}'"));
    }

    private static void ValidateText(LocalizedText? text, string at, List<RoutingProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text?.Nl)) problems.Add(new($"{at}.nl", "Dutch text is missing"));
        if (string.IsNullOrWhiteSpace(text?.En)) problems.Add(new($"{at}.en", "English text is missing"));
    }

    private static void ValidateWeight(double weight, string at, bool allowZero, List<RoutingProblem> problems)
    {
        if (!double.IsFinite(weight) || Math.Abs(weight) > MaximumWeight || (!allowZero && weight == 0))
        {
            var range = allowZero ? $"-{MaximumWeight}..{MaximumWeight}" : $"-{MaximumWeight}..{MaximumWeight} and not 0";
            problems.Add(new(at, $"{weight} is outside {range}"));
        }
    }

    private static string Located(string index, string? id) => string.IsNullOrWhiteSpace(id) ? index : $"{index} ({id})";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
