namespace CasuistiekBot.Cases;

/// <summary>The last casus number handed out in a year; references are sequential per year.</summary>
public sealed class CasusCounter
{
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
