namespace CasuistiekBot.Storage;

/// <summary>Section <c>State</c>: <c>State:Provider=Memory</c> keeps dialog state in the process instead of the database.</summary>
internal sealed class StateOptions
{
    public const string SectionName = "State";

    public StateProvider Provider { get; set; } = StateProvider.Database;
}
