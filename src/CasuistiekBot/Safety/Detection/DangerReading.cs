namespace CasuistiekBot.Safety.Detection;

/// <summary>What <see cref="DangerModel"/> reads in one sentence: its log odds of danger, the word that weighs most, and whether it is suicide.</summary>
internal readonly record struct DangerReading(double Score, int Anchor, bool Suicide);
