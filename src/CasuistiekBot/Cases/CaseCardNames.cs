namespace CasuistiekBot.Cases;

/// <summary>The card templates (cards/&lt;name&gt;.json) the cases slice renders.</summary>
internal static class CaseCardNames
{
    public const string MyCases = "my-cases";
    public const string Detail = "case-detail";
    public const string News = "casus-news";
    public const string Addition = "casus-addition";
}
