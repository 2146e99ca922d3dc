namespace CasuistiekBot.Signals;

/// <summary>
/// The part of the register someone may look at beyond their own signals: all of it for coordinators; the signals of
/// their MTs (owned there, or being handed to someone there) for MT members (their own MT) and DGs (their own MT and
/// every MT in their dgOf); nothing for anyone else.
/// </summary>
public sealed record SignalScope(bool Everything, IReadOnlyList<string> Mts)
{
    public static SignalScope All { get; } = new(true, []);

    public static SignalScope Nothing { get; } = new(false, []);

    public static SignalScope OfMt(string mt) => new(false, [mt]);

    public static SignalScope OfMts(IEnumerable<string> mts) =>
        new(false, [.. mts.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture)]);

    public bool SeesAny => Everything || Mts.Count > 0;

    /// <summary>More than one MT: a DG's view, shown per MT.</summary>
    public bool IsPerMt => !Everything && Mts.Count > 1;

    public bool Covers(Signal signal) => Everything || IsOwnMt(signal.OwnerMt) || IsOwnMt(signal.TransferToMt);

    public bool IsOwnMt(string? mt) => mt is not null && Mts.Contains(mt.Trim(), StringComparer.OrdinalIgnoreCase);
}
