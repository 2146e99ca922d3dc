namespace CasuistiekBot.Signals;

/// <summary>How a signal was closed; "niet overgenomen" needs a motivation.</summary>
public static class SignalResolution
{
    public const string SolvedInRules = "opgelost-uitvoeringsregels";
    public const string TakenIntoLaw = "meegenomen-wetswijziging";
    public const string InvestigatedClosed = "uitgezocht-afgedaan";
    public const string NotAdopted = "niet-overgenomen";

    public static readonly IReadOnlyList<string> All = [SolvedInRules, TakenIntoLaw, InvestigatedClosed, NotAdopted];
}
