namespace CasuistiekBot.Signals;

/// <summary>Where a signal came from: the Spreekuur, an employee, or outside (citizens, branch organisations, politics, inspection).</summary>
public static class SignalSource
{
    public const string Spreekuur = "spreekuur";
    public const string Employee = "medewerker";
    public const string Citizen = "burger";
    public const string Branch = "brancheorganisatie";
    public const string Politics = "politiek";
    public const string Inspection = "inspectie";
    public const string Other = "anders";

    public static readonly IReadOnlyList<string> All = [Spreekuur, Employee, Citizen, Branch, Politics, Inspection, Other];

    /// <summary>The stored source, or for signals from before sources were kept: spreekuur when it came from a casus, else medewerker.</summary>
    public static string Of(Signal signal) => signal.Source ?? (signal.SourceCasusId is null ? Employee : Spreekuur);

    public static string? Parse(string? text)
    {
        var value = text?.Trim().ToLowerInvariant();
        return value is not null && All.Contains(value) ? value : null;
    }
}
