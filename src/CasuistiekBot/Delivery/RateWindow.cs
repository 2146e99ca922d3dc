namespace CasuistiekBot.Delivery;

/// <summary>At most <paramref name="Limit"/> sends in any span of <paramref name="Span"/>.</summary>
internal sealed record RateWindow(int Limit, TimeSpan Span);
