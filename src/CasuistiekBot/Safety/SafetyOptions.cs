namespace CasuistiekBot.Safety;

/// <summary>Section <c>Safety</c>: what the bot tells someone who mentions acute danger, beyond the national numbers.</summary>
public sealed class SafetyOptions
{
    public const string Section = "Safety";

    /// <summary>The longest procedure text that still reads well in one chat message.</summary>
    public const int MaxProcedureLength = 600;

    /// <summary><c>Safety:CrisisProcedure:nl</c> and <c>:en</c>.</summary>
    public CrisisProcedure CrisisProcedure { get; set; } = new();
}
