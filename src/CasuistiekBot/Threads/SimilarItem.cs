namespace CasuistiekBot.Threads;

/// <summary>An earlier casus or signal like the one at hand, by reference only: never its author.</summary>
internal sealed record SimilarItem(string Kind, Guid Id, string Reference, double? Score, bool OpenSignal = false, bool Anonymous = false)
{
    public bool IsCasus => Kind == ThreadText.Casus;
}
