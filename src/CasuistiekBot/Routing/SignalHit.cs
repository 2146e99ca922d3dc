namespace CasuistiekBot.Routing;

// Words are the casus's own words, so a reason shows what the inbrenger actually wrote.
internal sealed record SignalHit(string Term, string Words, double Weight, bool Negated);
