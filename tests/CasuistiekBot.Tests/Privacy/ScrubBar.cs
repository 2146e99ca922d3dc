namespace CasuistiekBot.Tests.Privacy;

/// <summary>
/// The recall per kind and the most false replacements an annotated set must keep. Structured numbers (BSN, V-nummer,
/// IBAN, phone, e-mail) are complete on every set and need no bar.
/// </summary>
internal sealed record ScrubBar(double Name, double Address, double Postcode, double BirthDate, double Document, int FalseReplacements)
{
    /// <summary>For a set that has been tuned on: every kind complete and nothing replaced that must stay.</summary>
    public static ScrubBar Complete { get; } = new(1.0, 1.0, 1.0, 1.0, 1.0, 0);
}
