namespace CasuistiekBot.Cases;

/// <summary>How visible the author's name is: to everyone involved, only to the coordinators, or to nobody.</summary>
public static class CasusVisibility
{
    public const string Named = "benoemd";
    public const string Confidential = "vertrouwelijk";
    public const string Anonymous = "anoniem";
}
