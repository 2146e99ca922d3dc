namespace CasuistiekBot.Cases;

/// <summary>What the author hopes the casus brings.</summary>
public static class CasusWish
{
    public const string Advice = "advies";
    public const string SharedView = "gedeeld-beeld";
    public const string Signal = "signaal-agenderen";
    public const string BeHeard = "gehoord-worden";
}
