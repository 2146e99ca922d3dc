using CasuistiekBot.Threads;
using Xunit.Abstractions;

namespace CasuistiekBot.Tests.Threads;

/// <summary>The concept lexicon reads one concept from Dutch, English, compounds and jargon, and a phrase before its words.</summary>
public sealed class ConceptLexiconTests(ITestOutputHelper output)
{
    private static readonly ConceptLexicon Lexicon = ConceptLexicon.Load(ConceptLexicon.DefaultFile);

    [Theory]
    [InlineData("family_reunification", "De nareisaanvraag loopt vast.", "Family reunification is refused.", "Gezinshereniging wordt afgewezen.")]
    [InlineData("fines", "Zijn verkeersboetes lopen op.", "She paid her fines.", "Het CJIB stuurt een aanmaning voor de Wahv-boete.")]
    [InlineData("imm_detention", "Vreemdelingenbewaring wordt verlengd.", "Immigration detention is extended.", "Bewaring op grond van art. 59.")]
    [InlineData("age18", "Hij wordt morgen 18.", "She aged out of care.", "Haar zoon werd meerderjarig.")]
    [InlineData("interpreter", "De tolk sprak een ander dialect.", "The interpreter came from another region.", "Tolken worden niet vergoed.")]
    public void One_concept_is_read_from_each_way_of_saying_it(string concept, string first, string second, string third)
    {
        foreach (var text in new[] { first, second, third })
        {
            var read = Lexicon.Read(text);
            output.WriteLine($"{text} -> {string.Join(", ", read)}");
            Assert.Contains(concept, read);
        }
    }

    [Fact]
    public void A_phrase_is_read_before_the_words_inside_it_and_skip_words_mean_nothing()
    {
        Assert.DoesNotContain("treatment", Lexicon.Read("De aanvraag wordt buiten behandeling gesteld."));
        Assert.Contains("treatment", Lexicon.Read("Haar medische behandeling wordt afgebroken."));
        Assert.DoesNotContain("hearing", Lexicon.Read("Hij voelt zich niet gehoord."));
        Assert.True(Lexicon.IsRule("family_reunification") is false && Lexicon.IsRule("interpreter"));
        Assert.True(Lexicon.Weight("interpreter") > Lexicon.Weight("child") && Lexicon.Weight("child") > Lexicon.Weight("asylum"));
    }
}
