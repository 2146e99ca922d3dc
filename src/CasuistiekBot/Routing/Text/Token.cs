namespace CasuistiekBot.Routing.Text;

/// <param name="Original">The word as written, for reasons shown to people.</param>
/// <param name="Text">Lower case with diacritics folded.</param>
/// <param name="Stem">The light stem of <paramref name="Text"/>.</param>
/// <param name="UnprefixedStem">The stem without a past-participle "ge-" (gepest -> pest), or null.</param>
/// <param name="Clause">Counts sentence ends and contrast words, so negation stays inside its clause.</param>
internal readonly record struct Token(string Original, string Text, string Stem, string? UnprefixedStem, int Clause);
