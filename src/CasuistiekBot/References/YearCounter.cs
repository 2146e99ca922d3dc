namespace CasuistiekBot.References;

/// <summary>The last number handed out in a year of one series (one table per series).</summary>
public abstract class YearCounter
{
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
