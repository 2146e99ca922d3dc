namespace CasuistiekBot.Cases;

/// <summary>What a report about erasing a casus may show: its reference and the figures that stay after it.</summary>
internal sealed record ErasableCasus(Guid Id, string Reference, string Status, DateTimeOffset? ClosedAt, IReadOnlyList<string> Themes, bool Erased)
{
    public static ErasableCasus Of(Casus casus) => new(
        casus.Id, casus.Reference, casus.Status, casus.ClosedSince,
        casus.Themes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), casus.IsErased);
}
