using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Tests.Routing;

public sealed class TermPatternTests
{
    [Theory]
    [InlineData("asiel", "Zijn asielaanvraag is afgewezen")]
    [InlineData("intimid", "Ik voel me geïntimideerd")]
    [InlineData("intimid", "Hij intimideerde mij")]
    [InlineData("pest*", "Ik word gepest")]
    [InlineData("pest*", "Dat pestgedrag moet stoppen")]
    [InlineData("lekken", "Iemand lekte de stukken")]
    [InlineData("collega", "Mijn collega's zwijgen")]
    [InlineData("menselijke maat", "de menselijke maat")]
    [InlineData("knoop doorhakken", "iemand moet de knoop eens doorhakken")]
    [InlineData("dt v", "de DT&V kan niet uitzetten")]
    [InlineData("leak", "documents were leaked")]
    public void A_term_matches_inflections_compounds_and_phrases(string term, string text)
    {
        Assert.NotEmpty(TermPattern.TryParse(term)!.FindAll(TextTokenizer.Tokenize(text)));
    }

    [Theory]
    [InlineData("lekken", "Het eten was lekker")]
    [InlineData("pest*", "Zij zijn bezorgd")]
    [InlineData("menselijke maat", "de maat is vol, menselijk gezien nog wel")]
    [InlineData("knoop doorhakken", "de knoop zit in het touw, we gaan straks verder met iets anders doorhakken")]
    public void A_term_does_not_match_unrelated_words_or_scattered_phrase_words(string term, string text)
    {
        Assert.Empty(TermPattern.TryParse(term)!.FindAll(TextTokenizer.Tokenize(text)));
    }

    [Theory]
    [InlineData("Er is geen sprake van intimidatie", true)]
    [InlineData("Hij intimideert mij niet", true)]
    [InlineData("Hij intimideert mij niet alleen, hij pest ook", false)]
    [InlineData("Geen ruimte in het rooster. Wel intimidatie op de gang", false)]
    [InlineData("Geen fraude, maar wel intimidatie", false)]
    [InlineData("Ik durf het niet te zeggen want hij intimideert mij", false)]
    public void Negation_stays_inside_its_clause(string text, bool negated)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var (first, last) = TermPattern.TryParse("intimid")!.FindAll(tokens).First();

        Assert.Equal(negated, Negation.IsNegated(tokens, first, last));
    }
}
