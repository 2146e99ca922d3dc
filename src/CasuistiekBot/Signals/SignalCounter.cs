namespace CasuistiekBot.Signals;

/// <summary>The last signal number handed out in a year.</summary>
public sealed class SignalCounter
{
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
