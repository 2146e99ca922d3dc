namespace CasuistiekBot.Signals;

/// <summary>Signals are owned by management (MT members and DGs); an action point may be owned by anyone in the directory.</summary>
public enum OwnerKind
{
    ActionPoint,
    Signal,
}
