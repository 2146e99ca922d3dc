using CasuistiekBot.Expertise;

namespace CasuistiekBot.Panels;

/// <summary>The seats on a panel, named after the directory roles that may fill them.</summary>
public static class PanelSeat
{
    public const string Expert = PersonRoles.Expert;
    public const string LineManager = PersonRoles.LineManager;
    public const string Facilitator = PersonRoles.Facilitator;

    public static readonly IReadOnlyList<string> All = [Facilitator, LineManager, Expert];

    public static bool IsKnown(string? seat) => seat is Expert or LineManager or Facilitator;
}
