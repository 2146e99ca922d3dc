namespace CasuistiekBot.Signals;

/// <summary>
/// The part of the register someone may look at beyond their own signals: all of it for coordinators; the signals of
/// their own MT (owned there, or being handed to someone there) for MT members and DGs; nothing for anyone else.
/// </summary>
public sealed record SignalScope(bool Everything, string? Mt)
{
    public static SignalScope All { get; } = new(true, null);

    public static SignalScope Nothing { get; } = new(false, null);

    public static SignalScope OfMt(string mt) => new(false, mt);

    public bool SeesAny => Everything || Mt is not null;

    public bool Covers(Signal signal) => Everything || (Mt is not null && (IsOwnMt(signal.OwnerMt) || IsOwnMt(signal.TransferToMt)));

    public bool IsOwnMt(string? mt) => Mt is not null && string.Equals(mt, Mt, StringComparison.OrdinalIgnoreCase);
}
