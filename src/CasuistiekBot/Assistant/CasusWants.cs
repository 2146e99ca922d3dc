namespace CasuistiekBot.Assistant;

// What the inbrenger wants from raising a casus, as stored codes.
internal static class CasusWants
{
    public const string Advice = "advies";
    public const string SharedView = "gedeeld-beeld";
    public const string PutSignalOnAgenda = "signaal-agenderen";
    public const string BeHeard = "gehoord-worden";

    public static IReadOnlyList<string> All { get; } = [Advice, SharedView, PutSignalOnAgenda, BeHeard];
}
