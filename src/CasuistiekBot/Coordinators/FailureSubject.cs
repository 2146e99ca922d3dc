namespace CasuistiekBot.Coordinators;

/// <summary>What a failure notice names as the message that will not arrive, or <see cref="Unreported"/> for none at all.</summary>
internal sealed record FailureSubject(string? Text)
{
    /// <summary>The coordinators need not hear of this failure (the sending slice deals with it).</summary>
    public static FailureSubject Unreported { get; } = new((string?)null);
}
