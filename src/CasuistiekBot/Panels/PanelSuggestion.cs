using CasuistiekBot.Expertise;

namespace CasuistiekBot.Panels;

/// <summary>One suggested person for a seat, with what made them the choice (turned into a reason on the card).</summary>
public sealed record PanelSuggestion(Person Person, string Seat, IReadOnlyList<string> MatchedTags, PersonLoad Load, UnitMatch Unit);

/// <summary>How a line manager's unit relates to the casus' unit.</summary>
public enum UnitMatch
{
    None,
    SameOrganisation,
    SameUnit,
}

/// <summary>The suggested seats, and the seats the directory could not fill.</summary>
public sealed record PanelProposal(IReadOnlyList<PanelSuggestion> Seats, IReadOnlyList<string> EmptySeats);
