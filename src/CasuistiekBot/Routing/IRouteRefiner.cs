namespace CasuistiekBot.Routing;

/// <summary>Optional second opinion on a deterministic ranking (the language model); it may only reorder and rescore.</summary>
internal interface IRouteRefiner
{
    Task<RouteSuggestion> RefineAsync(CasusText text, RouteSuggestion suggestion, string language, CancellationToken cancellationToken);
}
