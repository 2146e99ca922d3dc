namespace CasuistiekBot.Cases;

/// <summary>The lifecycle of a casus: ingediend → in triage → doorverwezen/afgewezen/ingepland → besproken → afgerond.</summary>
public static class CasusStatus
{
    public const string Submitted = "ingediend";
    public const string InTriage = "in-triage";
    public const string Referred = "doorverwezen";
    public const string Rejected = "afgewezen";
    public const string Scheduled = "ingepland";
    public const string Discussed = "besproken";
    public const string Closed = "afgerond";
    public const string Withdrawn = "ingetrokken";

    /// <summary>The statuses after which nothing more happens to a casus: its texts may go once it has been so long enough.</summary>
    public static IReadOnlyList<string> Final { get; } = [Closed, Rejected, Referred, Withdrawn];

    public static bool IsOpen(string status) => !Final.Contains(status);
}
