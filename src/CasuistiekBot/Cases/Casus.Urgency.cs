namespace CasuistiekBot.Cases;

/// <summary>Acute danger mentioned after the casus was submitted, in an addition: it is urgent from then on.</summary>
public sealed partial class Casus
{
    /// <summary>
    /// Marks the casus urgent with the kinds of danger added to those it had; a casus still waiting for triage gets the
    /// shorter promise <paramref name="urgentDueAt"/> when that is earlier. False when it was already urgent with these
    /// kinds and nothing changed.
    /// </summary>
    public bool NoteAcuteDanger(IReadOnlyCollection<string> kinds, DateTimeOffset urgentDueAt, DateTimeOffset at)
    {
        var known = (AcuteDanger ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var all = known.Union(kinds, StringComparer.Ordinal).ToArray();
        var sooner = Status is CasusStatus.Submitted or CasusStatus.InTriage && urgentDueAt < TriageDueAt;
        if (Urgent && all.Length == known.Length && !sooner) return false;

        Urgent = true;
        AcuteDanger = all.Length == 0 ? AcuteDanger : string.Join(',', all);
        if (sooner) TriageDueAt = urgentDueAt;
        UpdatedAt = at;
        Version++;
        return true;
    }
}
