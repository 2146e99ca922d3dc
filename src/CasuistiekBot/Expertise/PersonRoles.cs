namespace CasuistiekBot.Expertise;

public static class PersonRoles
{
    public const string Expert = "inhoudsdeskundige";
    public const string LineManager = "lijnmanager";
    public const string Facilitator = "gespreksleider";
    public const string Coordinator = "coordinator";
    public const string MtMember = "mt-lid";
    public const string DirectorGeneral = "dg";

    /// <summary>The information manager who keeps the signal list (a signal keeper, like <c>Roles:SignalKeepers</c>).</summary>
    public const string InformationManager = "informatiemanager";

    public static readonly IReadOnlySet<string> All =
        new HashSet<string>([Expert, LineManager, Facilitator, Coordinator, MtMember, DirectorGeneral, InformationManager], StringComparer.OrdinalIgnoreCase);

    /// <summary>Accepts the Dutch spelling with a diaeresis as well.</summary>
    public static string Normalize(string role) => role.Trim().ToLowerInvariant().Replace("coördinator", Coordinator, StringComparison.Ordinal);
}
