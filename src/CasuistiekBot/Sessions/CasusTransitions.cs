using CasuistiekBot.Cases;

namespace CasuistiekBot.Sessions;

/// <summary>
/// The moves a casus may make through its lifecycle. A move that is not listed is refused, so a stale click or a
/// forged action can never put a casus in a status that skips a step (e.g. afgerond before it was besproken).
/// </summary>
public static class CasusTransitions
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [CasusStatus.Submitted] = [CasusStatus.InTriage, CasusStatus.Referred, CasusStatus.Rejected, CasusStatus.Withdrawn],
        [CasusStatus.InTriage] = [CasusStatus.Referred, CasusStatus.Rejected, CasusStatus.Scheduled, CasusStatus.Withdrawn],
        [CasusStatus.Scheduled] = [CasusStatus.Discussed, CasusStatus.Withdrawn],
        [CasusStatus.Discussed] = [CasusStatus.Closed],
    };

    public static bool CanMove(string from, string to) => Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>Moves the casus and bumps its version (its concurrency token), or refuses and leaves it untouched.</summary>
    public static CasusTransition Move(Casus casus, string to, DateTimeOffset at)
    {
        var from = casus.Status;
        if (!CanMove(from, to)) return CasusTransition.Refused(from, to);
        casus.Status = to;
        casus.UpdatedAt = at;
        casus.Version++;
        return CasusTransition.Done(from, to);
    }
}
