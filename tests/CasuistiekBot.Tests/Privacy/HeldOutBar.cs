namespace CasuistiekBot.Tests.Privacy;

/// <summary>
/// What the second held-out set measured after the word-list rules were written (see ScrubEvaluationTests): every kind
/// complete; the one false replacement it had then ("Amnesty", an organisation before a verb of speech) went with the
/// organisation and place files of issue 12 point 7.
/// </summary>
internal static class HeldOutBar
{
    public const double Name = 1.0;
    public const double Address = 1.0;
    public const double Postcode = 1.0;
    public const double BirthDate = 1.0;
    public const double Document = 1.0;
    public const int FalseReplacements = 0;
}
