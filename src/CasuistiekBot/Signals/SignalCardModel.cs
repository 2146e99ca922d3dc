using CasuistiekBot.Expertise;

namespace CasuistiekBot.Signals;

/// <summary>Everything one copy of a signal card shows: for whom, in which language, and why it was sent if it is a reminder.</summary>
internal sealed record SignalCardModel(
    Signal Signal,
    SignalView View,
    string Language,
    IReadOnlyList<string> RefreshUserIds,
    IReadOnlyList<Person> People,
    string? SourceReference = null,
    string? Reminder = null,
    IReadOnlyList<SignalHistoryLine>? History = null,
    IReadOnlyList<OwnerChoice>? HandlerChoices = null)
{
    /// <summary>The viewer is a signal keeper (not the owner): they may change the law and the flag.</summary>
    public bool Keeper { get; init; }
}
