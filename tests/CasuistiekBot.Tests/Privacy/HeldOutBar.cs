namespace CasuistiekBot.Tests.Privacy;

/// <summary>
/// What the second held-out set measured after the word-list rules were written (see ScrubEvaluationTests): every kind
/// complete, and one false replacement, an organisation ("Amnesty") unknown to the lists before a verb of speech.
/// </summary>
internal static class HeldOutBar
{
    public const double Name = 1.0;
    public const double Address = 1.0;
    public const double Postcode = 1.0;
    public const double BirthDate = 1.0;
    public const double Document = 1.0;
    public const int FalseReplacements = 1;
}
