using CasuistiekBot.Cases;

namespace CasuistiekBot.Tests.Support;

/// <summary>Brings a new casus to a status the way the app would, through its transitions, for seeding tests.</summary>
internal static class CasusWalk
{
    public static Casus To(this Casus casus, string status, DateTimeOffset at)
    {
        Func<Casus, CasusTransition>[] steps = status switch
        {
            CasusStatus.Submitted => [],
            CasusStatus.InTriage => [c => c.Ask(at)],
            CasusStatus.Referred => [c => c.Decide(TriageVerdict.Referred, at)],
            CasusStatus.Rejected => [c => c.Decide(TriageVerdict.Rejected, at)],
            CasusStatus.Scheduled => [c => c.Decide(TriageVerdict.Spreekuur, at), c => c.Schedule(at)],
            CasusStatus.Discussed => [c => c.Decide(TriageVerdict.Spreekuur, at), c => c.Schedule(at), c => c.Discuss(at)],
            CasusStatus.Closed => [c => c.Decide(TriageVerdict.Spreekuur, at), c => c.Schedule(at), c => c.Discuss(at), c => c.Close(at)],
            CasusStatus.Withdrawn => [c => c.Withdraw("ingetrokken", at)],
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
        foreach (var step in steps)
        {
            var moved = step(casus);
            if (!moved.Succeeded) throw new InvalidOperationException($"{casus.Reference}: {moved.From} → {moved.To} refused");
        }
        return casus;
    }
}
