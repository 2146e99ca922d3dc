namespace CasuistiekBot.Privacy.Detection;

/// <summary>A stretch of text holding personal data; <see cref="Value"/> is normalised and never leaves the scrubber.</summary>
internal readonly record struct DetectedSpan(int Start, int Length, string Kind, string Value, int Strength)
{
    public int End => Start + Length;

    public bool Overlaps(DetectedSpan other) => Start < other.End && other.Start < End;
}
