namespace CasuistiekBot.Cases;

/// <summary>The card verbs of "mijn casussen", a casus' detail and an addition.</summary>
internal static class CaseVerbs
{
    public const string Mine = "cases.mine";
    public const string Open = "cases.open";
    public const string Withdraw = "cases.withdraw";
    public const string Addition = "cases.addition";
    public const string Add = "cases.add";
}
