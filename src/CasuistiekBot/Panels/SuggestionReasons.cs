using CasuistiekBot.Localization;

namespace CasuistiekBot.Panels;

/// <summary>The reason shown next to a suggested person, e.g. "tags: asiel, medisch; 1 panel deze maand".</summary>
internal sealed class SuggestionReasons(Texts texts)
{
    public string For(PanelSuggestion suggestion, string? casusUnit, string language = "nl")
    {
        var month = suggestion.Load.ThisMonth == 1
            ? texts.Get("panel.reason.month.one", language)
            : texts.Get("panel.reason.month.many", language, suggestion.Load.ThisMonth);
        var what = suggestion.Seat switch
        {
            PanelSeat.LineManager => suggestion.Unit switch
            {
                UnitMatch.SameUnit => texts.Get("panel.reason.unit", language, suggestion.Person.OrgUnit ?? ""),
                UnitMatch.SameOrganisation => texts.Get("panel.reason.organisation", language, UnitNames.Organisation(casusUnit).ToUpperInvariant()),
                _ => texts.Get("panel.reason.anyUnit", language),
            },
            PanelSeat.Facilitator => suggestion.MatchedTags.Count == 0
                ? texts.Get("panel.reason.facilitator", language)
                : texts.Get("panel.reason.facilitator", language) + "; " + Tags(suggestion, language),
            _ => Tags(suggestion, language),
        };
        return $"{what}; {month}";
    }

    private string Tags(PanelSuggestion suggestion, string language) => suggestion.MatchedTags.Count == 0
        ? texts.Get("panel.reason.noTags", language)
        : texts.Get("panel.reason.tags", language, string.Join(", ", suggestion.MatchedTags));
}
