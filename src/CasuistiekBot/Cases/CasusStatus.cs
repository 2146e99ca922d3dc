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

    public static bool IsOpen(string status) => status is not (Closed or Withdrawn or Rejected or Referred);
}
