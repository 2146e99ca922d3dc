namespace CasuistiekBot.Routing;

// Raw is prior + wish bonus + signal weights + learned evidence; SafetyWin marks a safety route whose signals (never the
// learned evidence) passed the threshold.
internal sealed record RouteScore(CompiledRoute Route, double Raw, double SignalSum, IReadOnlyList<SignalHit> Hits, double WishBonus, bool SafetyWin)
{
    public double Learned { get; init; }

    // Maps the open-ended raw score to 0..1 so consumers can show it; the ranking uses Raw itself.
    public double Normalised => Raw <= 0 ? 0 : Math.Round(Raw / (Raw + 3), 3);
}
