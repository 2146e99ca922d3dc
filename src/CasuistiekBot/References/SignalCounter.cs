namespace CasuistiekBot.References;

/// <summary>The SG series' counter.</summary>
public sealed class SignalCounter : YearCounter;

internal sealed class SignalCounterConfiguration() : CounterEntityConfiguration<SignalCounter>(ReferenceSeries.Signal);
