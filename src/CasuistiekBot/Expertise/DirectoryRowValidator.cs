using System.Globalization;
using System.Net.Mail;

namespace CasuistiekBot.Expertise;

/// <summary>Turns a row into a person, or says what is wrong with it; every field is checked for length and characters.</summary>
internal static class DirectoryRowValidator
{
    public const int MaxName = 200;
    public const int MaxEmail = 254;
    public const int MaxUnit = 200;
    public const int MaxMt = 100;
    public const int MaxTag = 100;
    public const int MaxTags = 50;
    public const int MaxAliases = 10;
    public const int MaxDgOf = 50;

    private static readonly string[] TextFields = ["aadObjectId", "name", "email", "orgUnit", "unit", "unitAliases", "roles", "tags", "manager", "mt", "dgOf", "maxPanelsPerMonth", "unavailableUntil"];

    public static (Person? Person, string? Problem) Validate(DirectoryRow row, DateTimeOffset now)
    {
        if (row.Fields.Count == 0) return (null, "not a record");
        var problems = new List<string>();
        // Checked before trimming (a trailing line break is a control character too), and before any value is quoted
        // back in a problem, where it could garble the administrator's terminal.
        foreach (var (field, value) in row.Fields.Where(f => TextFields.Contains(f.Key, StringComparer.OrdinalIgnoreCase)))
        {
            if (value is not null && DirectoryCharacters.FirstForbidden(value) is { } c)
            {
                problems.Add($"{field} contains a control or direction character (U+{(int)c:X4})");
            }
        }
        if (problems.Count > 0) return (null, string.Join("; ", problems));
        var aad = row.Get("aadObjectId");
        if (aad is null || !Guid.TryParse(aad, out _)) problems.Add("aadObjectId must be a GUID");
        var name = row.Get("name");
        if (name is null) problems.Add("name is required");
        CheckLength(name, "name", MaxName, problems);
        var email = row.Get("email");
        if (email is null || email.Length > MaxEmail || !MailAddress.TryCreate(email, out _)) problems.Add("email is not a valid address");
        var unit = row.Get("orgUnit") ?? row.Get("unit");
        CheckLength(unit, "orgUnit", MaxUnit, problems);
        var aliases = List(row.Get("unitAliases")).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (aliases.Count > MaxAliases) problems.Add($"at most {MaxAliases} unitAliases");
        if (aliases.Any(a => a.Length > MaxUnit)) problems.Add($"a unit alias is longer than {MaxUnit} characters");
        var mt = row.Get("mt");
        CheckLength(mt, "mt", MaxMt, problems);
        var roles = List(row.Get("roles")).Select(PersonRoles.Normalize).ToList();
        foreach (var unknown in roles.Where(r => !PersonRoles.All.Contains(r)).Distinct().Take(5)) problems.Add($"unknown role \"{Shorten(unknown)}\"");
        // A DG's MTs: whether each one exists is checked against the whole directory (DirectoryImport).
        var dgOf = List(row.Get("dgOf")).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (dgOf.Count > 0 && !roles.Contains(PersonRoles.DirectorGeneral)) problems.Add("dgOf is only for a person with the role dg");
        if (dgOf.Count > MaxDgOf) problems.Add($"at most {MaxDgOf} MTs in dgOf");
        if (dgOf.Any(m => m.Length > MaxMt)) problems.Add($"an MT in dgOf is longer than {MaxMt} characters");
        var tags = List(row.Get("tags")).Select(t => t.ToLowerInvariant()).Distinct().ToList();
        if (tags.Count > MaxTags) problems.Add($"at most {MaxTags} tags");
        if (tags.Any(t => t.Length > MaxTag)) problems.Add($"a tag is longer than {MaxTag} characters");
        var manager = row.Get("manager");
        if (manager is not null && !Guid.TryParse(manager, out _)) problems.Add("manager must be a GUID");
        var max = 2;
        if (row.Get("maxPanelsPerMonth") is { } maxText && (!int.TryParse(maxText, NumberStyles.Integer, CultureInfo.InvariantCulture, out max) || max is < 0 or > 31))
        {
            problems.Add("maxPanelsPerMonth must be a whole number from 0 to 31");
        }
        DateOnly? unavailable = null;
        if (row.Get("unavailableUntil") is { } dateText)
        {
            if (DateOnly.TryParseExact(dateText, ["yyyy-MM-dd", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) unavailable = date;
            else problems.Add("unavailableUntil must be a date (yyyy-MM-dd)");
        }
        if (problems.Count > 0) return (null, string.Join("; ", problems));

        return (new Person
        {
            AadObjectId = aad!.ToLowerInvariant(),
            Name = name!,
            Email = email!,
            OrgUnit = unit,
            UnitAliases = string.Join('|', aliases),
            Roles = string.Join('|', roles.Distinct()),
            Tags = string.Join('|', tags),
            ManagerAadObjectId = manager?.ToLowerInvariant(),
            Mt = mt,
            DgOf = string.Join('|', dgOf),
            MaxPanelsPerMonth = max,
            UnavailableUntil = unavailable,
            UpdatedAt = now,
        }, null);
    }

    private static IEnumerable<string> List(string? value) =>
        (value ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void CheckLength(string? value, string field, int max, List<string> problems)
    {
        if (value is { Length: var length } && length > max) problems.Add($"{field} is {length} characters long; at most {max}");
    }

    // A problem line quotes a wrong role so it can be found, but not a whole hostile value.
    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
