using System.Globalization;
using System.Net.Mail;

namespace CasuistiekBot.Expertise;

/// <summary>Turns a row into a person, or says on which line what is wrong.</summary>
internal static class DirectoryRowValidator
{
    public static (Person? Person, string? Problem) Validate(DirectoryRow row, DateTimeOffset now)
    {
        if (row.Fields.Count == 0) return (null, "not a record");
        if (row.Get("$extra") is not null) return (null, "more fields than the header has");
        var problems = new List<string>();
        var aad = row.Get("aadObjectId");
        if (aad is null || !Guid.TryParse(aad, out _)) problems.Add("aadObjectId must be a GUID");
        var name = row.Get("name");
        if (name is null) problems.Add("name is required");
        var email = row.Get("email");
        if (email is null || !MailAddress.TryCreate(email, out _)) problems.Add("email is not a valid address");
        var roles = (row.Get("roles") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(PersonRoles.Normalize).ToList();
        foreach (var unknown in roles.Where(r => !PersonRoles.All.Contains(r))) problems.Add($"unknown role \"{unknown}\"");
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
            OrgUnit = row.Get("orgUnit") ?? row.Get("unit"),
            Roles = string.Join('|', roles.Distinct()),
            Tags = string.Join('|', (row.Get("tags") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.ToLowerInvariant()).Distinct()),
            ManagerAadObjectId = manager?.ToLowerInvariant(),
            Mt = row.Get("mt"),
            MaxPanelsPerMonth = max,
            UnavailableUntil = unavailable,
            UpdatedAt = now,
        }, null);
    }
}
