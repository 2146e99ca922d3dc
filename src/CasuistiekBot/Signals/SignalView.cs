namespace CasuistiekBot.Signals;

/// <summary>Who looks at a signal's card: its owner (all possible actions), the person it is offered to, its behandelaar (the working steps), or someone who only reads.</summary>
internal enum SignalView
{
    Owner,
    Handler,
    Offered,
    Observer,
}
