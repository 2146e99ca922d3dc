using System.Globalization;
using System.Text.RegularExpressions;
using CasuistiekBot.Expertise;

namespace CasuistiekBot.Signals.Intake;

/// <summary>One line of a signal list to import, checked; <see cref="Problems"/> names what is wrong, never a value but the reference.</summary>
internal sealed partial record SignalImportRow(
    int Line, string? Reference, string Title, string Description, string Category, string Source, string? SourceDescription,
    Person? Owner, DateOnly? Due, string Status, string? Resolution, string? ResolutionText, IReadOnlyList<string> Problems)
{
    public static readonly IReadOnlyList<string> RequiredColumns = ["title", "category", "source", "owner", "due_date", "status"];

    public static readonly IReadOnlyList<string> Columns =
        ["reference", "title", "description", "category", "source", "source_description", "owner", "due_date", "status", "resolution", "resolution_text"];

    /// <summary>The statuses a list may bring in; "overgedragen" and "samengevoegd" only arise in the bot.</summary>
    public static readonly IReadOnlyList<string> Statuses =
        [SignalStatus.Reported, SignalStatus.New, SignalStatus.PickedUp, SignalStatus.InProgress, SignalStatus.Closed, SignalStatus.Declined];

    public static SignalImportRow Check(DirectoryRow row, IReadOnlyList<Person> directory)
    {
        var problems = new List<string>();
        var reference = row.Get("reference")?.ToUpperInvariant();
        if (reference is not null && !ReferencePattern().IsMatch(reference)) problems.Add("reference is not like SG-2026-0001");
        var title = row.Get("title");
        if (title is null) problems.Add("title is empty");
        var category = row.Get("category")?.ToLowerInvariant();
        if (category is null || !SignalCategory.All.Contains(category)) problems.Add($"category must be one of {string.Join(", ", SignalCategory.All)}");
        var source = SignalSource.Parse(row.Get("source"));
        if (source is null) problems.Add($"source must be one of {string.Join(", ", SignalSource.All)}");
        var status = row.Get("status")?.ToLowerInvariant() ?? SignalStatus.New;
        if (!Statuses.Contains(status)) problems.Add($"status must be one of {string.Join(", ", Statuses)}");
        var needsOwner = status is not (SignalStatus.Reported or SignalStatus.Declined);
        var owner = OwnerOf(row.Get("owner"), directory);
        if (row.Get("owner") is not null && owner is null) problems.Add("owner is not an MT member or DG in the directory (by e-mail or object id)");
        else if (needsOwner && owner is null) problems.Add("owner is empty");
        DateOnly? due = null;
        if (row.Get("due_date") is { } dueText)
        {
            if (DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) due = parsed;
            else problems.Add("due_date is not a date like 2026-12-31");
        }
        else if (needsOwner) problems.Add("due_date is empty");
        var resolution = row.Get("resolution")?.ToLowerInvariant();
        var resolutionText = row.Get("resolution_text");
        if (status == SignalStatus.Closed && (resolution is null || !SignalResolution.All.Contains(resolution))) problems.Add($"a closed signal needs a resolution: {string.Join(", ", SignalResolution.All)}");
        if (status is SignalStatus.Closed or SignalStatus.Declined && resolutionText is null) problems.Add("a closed or declined signal needs resolution_text");
        return new SignalImportRow(row.Line, reference, title ?? "", row.Get("description") ?? "", category ?? "", source ?? "", row.Get("source_description"),
            owner, due, status, resolution, resolutionText, problems);
    }

    private static Person? OwnerOf(string? value, IReadOnlyList<Person> directory) =>
        value is null ? null
        : directory.FirstOrDefault(p => (string.Equals(p.AadObjectId, value, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Email, value, StringComparison.OrdinalIgnoreCase))
            && (p.Has(PersonRoles.MtMember) || p.Has(PersonRoles.DirectorGeneral)));

    [GeneratedRegex(@"^SG-\d{4}-\d{4,6}$")]
    private static partial Regex ReferencePattern();
}
