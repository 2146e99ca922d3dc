namespace CasuistiekBot.Expertise;

/// <summary>Someone in the expertise directory: who they are, what they can do on a panel, and how much they can take.</summary>
public sealed class Person
{
    public required string AadObjectId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? OrgUnit { get; set; }

    /// <summary>Other names of <see cref="OrgUnit"/> as people type them (e.g. "A&amp;B", "DAB"), separated by '|'; they hold for everyone in that unit.</summary>
    public string UnitAliases { get; set; } = "";

    /// <summary>Roles separated by '|': inhoudsdeskundige, lijnmanager, gespreksleider, coordinator, mt-lid, dg.</summary>
    public string Roles { get; set; } = "";

    /// <summary>Expertise tags separated by '|' (the routing table's theme ids where they overlap).</summary>
    public string Tags { get; set; } = "";

    public string? ManagerAadObjectId { get; set; }
    public string? Mt { get; set; }

    /// <summary>For a DG: the management teams under them, separated by '|'; they see and are escalated the signals of all of them.</summary>
    public string DgOf { get; set; } = "";
    public int MaxPanelsPerMonth { get; set; } = 2;
    public DateOnly? UnavailableUntil { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyList<string> RoleList => Split(Roles);
    public IReadOnlyList<string> TagList => Split(Tags);
    public IReadOnlyList<string> UnitAliasList => Split(UnitAliases);
    public IReadOnlyList<string> DgOfList => Split(DgOf);

    /// <summary>The MTs whose signals this person answers for: their own MT (MT member or DG in it) and, for a DG, every MT under them.</summary>
    public IReadOnlyList<string> ManagedMts =>
        !Has(PersonRoles.MtMember) && !Has(PersonRoles.DirectorGeneral) ? []
        : [.. (string.IsNullOrWhiteSpace(Mt) ? [] : new[] { Mt.Trim() }).Concat(Has(PersonRoles.DirectorGeneral) ? DgOfList : []).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Whether this person is the DG of <paramref name="mt"/>: named in their dgOf, or a DG who is a member of that MT.</summary>
    public bool IsDgOf(string? mt) =>
        mt is not null && Has(PersonRoles.DirectorGeneral)
        && (DgOfList.Contains(mt, StringComparer.OrdinalIgnoreCase) || string.Equals(Mt?.Trim(), mt, StringComparison.OrdinalIgnoreCase));

    public bool Has(string role) => RoleList.Contains(role, StringComparer.OrdinalIgnoreCase);

    private static string[] Split(string value) => value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
