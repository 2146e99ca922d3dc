namespace CasuistiekBot.Signals;

public static class SignalCategory
{
    public const string HarshRules = "hardheid-wet-regelgeving";
    public const string Implementation = "knelpunt-uitvoering";
    public const string WorkProcess = "werkproces";
    public const string Ict = "ict";
    public const string ChainCooperation = "samenwerking-keten";

    public static readonly IReadOnlyList<string> All = [HarshRules, Implementation, WorkProcess, Ict, ChainCooperation];
}
