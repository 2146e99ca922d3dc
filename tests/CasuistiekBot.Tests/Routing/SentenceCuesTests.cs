using CasuistiekBot.Routing;
using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Tests.Routing;

public sealed class SentenceCuesTests
{
    [Theory]
    [InlineData("Mag een gedetineerde in afzondering worden geplaatst?", "mag")]
    [InlineData("Wij doen het zo. Geldt dat ook voor reguliere aanvragen?", "geldt")]
    [InlineData("art. 3.6a Vb: telt een jaar studie mee of niet?", "telt")]
    public void A_question_word_that_opens_a_question_sentence_is_marked(string text, string word)
    {
        var token = TextTokenizer.Tokenize(text).First(t => t.Text == word);
        Assert.True(token.OpensSentence);
        Assert.True(token.InQuestion);
    }

    [Fact]
    public void A_modal_inside_a_statement_is_neither_opening_nor_a_question()
    {
        var token = TextTokenizer.Tokenize("Volgens de regeling mag dat niet, zegt mijn collega.").First(t => t.Text == "mag");
        Assert.False(token.OpensSentence);
        Assert.False(token.InQuestion);
    }

    [Theory]
    [InlineData("Mag een WAHV-beschikking bij de erfgenamen worden geïnd?", true)]
    [InlineData("Een WAHV-beschikking mag bij de erfgenamen worden geïnd?", false)]
    [InlineData("Mag ik vrij op vrijdag. Dat vroeg ze.", false)]
    public void A_signal_placed_at_the_start_of_a_question_counts_only_there(string text, bool counts)
    {
        var signal = CompiledSignal.From([new SignalDefinition { Term = "mag", Weight = 1, Question = true, OpensSentence = true }]);
        var hits = SignalMatcher.Match(signal, TextTokenizer.Tokenize(text), negatable: false, contextPresent: true);
        Assert.Equal(counts, hits.Count == 1);
    }

    [Theory]
    [InlineData("Ik wil dit formeel melden, niet via de wandelgangen.", false)]
    [InlineData("Ik ga dit niet melden.", true)]
    [InlineData("Ik wil het melden niet uitstellen.", true)]
    public void A_trailing_negation_after_a_comma_does_not_deny_what_came_before(string text, bool denied)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var at = tokens.Select((t, i) => (t, i)).First(x => x.t.Text == "melden").i;
        Assert.Equal(denied, Negation.IsNegated(tokens, at, at));
    }
}
