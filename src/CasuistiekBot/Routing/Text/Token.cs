namespace CasuistiekBot.Routing.Text;

/// <param name="Original">The word as written, for reasons shown to people.</param>
/// <param name="Text">Lower case with diacritics folded.</param>
/// <param name="Stem">The light stem of <paramref name="Text"/>.</param>
/// <param name="UnprefixedStem">The stem without a past-participle "ge-" (gepest -> pest), or null.</param>
/// <param name="Clause">Counts sentence ends and contrast words, so negation stays inside its clause.</param>
/// <param name="Sentence">Counts sentence ends only.</param>
internal readonly record struct Token(string Original, string Text, string Stem, string? UnprefixedStem, int Clause, int Sentence = 0)
{
    /// <summary>The first word of its sentence: "Mag ..." opens a question, "... mag ..." often does not.</summary>
    public bool OpensSentence { get; init; }

    /// <summary>Counts clauses and commas: a trailing "niet" after a comma ("melden, niet via ...") denies what follows.</summary>
    public int Phrase { get; init; }

    /// <summary>The sentence ends with a question mark.</summary>
    public bool InQuestion { get; init; }
}
