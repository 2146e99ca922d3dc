namespace CasuistiekBot.Signals;

/// <summary>The card verbs of the signal cards: the owner's card, the escalation, a new signal and "mijn signalen".</summary>
internal static class SignalVerbs
{
    public const string Refresh = "signal.refresh";
    public const string Escalation = "signal.escalation";
    public const string PickUp = "signal.pickup";
    public const string Update = "signal.update";
    public const string Transfer = "signal.transfer";
    public const string Snooze = "signal.snooze";
    public const string Close = "signal.close";
    public const string Law = "signal.law";
    public const string Accept = "signal.accept";
    public const string Decline = "signal.decline";
    public const string Register = "signal.register";
    public const string MineList = "signals.mine.list";
}
