namespace CasuistiekBot.References;

/// <summary>The CS series' counter.</summary>
public sealed class CasusCounter : YearCounter;

internal sealed class CasusCounterConfiguration() : CounterEntityConfiguration<CasusCounter>(ReferenceSeries.Casus);
