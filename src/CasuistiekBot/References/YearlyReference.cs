namespace CasuistiekBot.References;

/// <summary>A reference handed out: the year, its number in that year's series, and the text shown to people.</summary>
public readonly record struct YearlyReference(int Year, int Number, string Text);
