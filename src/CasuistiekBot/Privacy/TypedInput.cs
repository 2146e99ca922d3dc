namespace CasuistiekBot.Privacy;

/// <summary>What a person typed into a card field: cut to the field's length, then scrubbed on its own.</summary>
internal static class TypedInput
{
    public static string ScrubTyped(this PersonalDataScrubber scrubber, string text, int maxLength) =>
        scrubber.Scrub(text.Length > maxLength ? text[..maxLength] : text, ScrubMemory.Create()).Text;
}
