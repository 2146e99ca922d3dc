using CasuistiekBot.Localization;

namespace CasuistiekBot.Panels;

/// <summary>The reason shown next to a suggested person, e.g. "tags: asiel, medisch; 1 panel deze maand".</summary>
internal sealed class SuggestionReasons(Texts texts)
{
    public string For(PanelSuggestion suggestion, string? casusUnit, string language = "nl")
    {
        var month = suggestion.Load.ThisMonth == 1
            ? texts.Get(PanelsTextKeys.PanelReasonMonthOne, language)
            : texts.Get(PanelsTextKeys.PanelReasonMonthMany, language, suggestion.Load.ThisMonth);
        var what = suggestion.Seat switch
        {
            PanelSeat.LineManager => suggestion.Unit switch
            {
                UnitMatch.SameUnit => texts.Get(PanelsTextKeys.PanelReasonUnit, language, suggestion.Person.OrgUnit ?? ""),
                UnitMatch.SameOrganisation => texts.Get(PanelsTextKeys.PanelReasonOrganisation, language, Organisation(suggestion.Person.OrgUnit, casusUnit)),
                _ => texts.Get(PanelsTextKeys.PanelReasonAnyUnit, language),
            },
            PanelSeat.Facilitator => suggestion.MatchedTags.Count == 0
                ? texts.Get(PanelsTextKeys.PanelReasonFacilitator, language)
                : texts.Get(PanelsTextKeys.PanelReasonFacilitator, language) + "; " + Tags(suggestion, language),
            _ => Tags(suggestion, language),
        };
        return $"{what}; {month}";
    }

    // The person's organisation as the directory writes it ("IND"); it is the casus' organisation, or the match would not be one.
    private static string Organisation(string? personUnit, string? casusUnit) =>
        UnitNames.Organisation(personUnit) is { Length: > 0 } written ? written : UnitNames.Organisation(casusUnit).ToUpperInvariant();

    private string Tags(PanelSuggestion suggestion, string language) => suggestion.MatchedTags.Count == 0
        ? texts.Get(PanelsTextKeys.PanelReasonNoTags, language)
        : texts.Get(PanelsTextKeys.PanelReasonTags, language, string.Join(", ", suggestion.MatchedTags));
}
