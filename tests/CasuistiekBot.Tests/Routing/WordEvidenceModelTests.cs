using CasuistiekBot.Routing;
using CasuistiekBot.Routing.Learning;
using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Tests.Routing;

public sealed class WordEvidenceModelTests
{
    private static readonly string[] Routes = ["lijn", "integriteitsmelding"];

    private static IEnumerable<RouteExample> Examples() =>
    [
        new("l1", "lijn", "Het rooster is weer te krap en de werkdruk is hoog."),
        new("l2", "lijn", "De laptop doet het niet en het rooster klopt niet."),
        new("l3", "lijn", "Wie maakt het rooster voor de kerstdagen?"),
        new("i1", "integriteitsmelding", "Een collega gunt opdrachten aan zijn zwager."),
        new("i2", "integriteitsmelding", "Een collega zoekt mensen op in de BRP voor zijn ex."),
        new("i3", "integriteitsmelding", "Een collega neemt enveloppen met geld aan."),
    ];

    [Fact]
    public void Words_seen_in_one_routes_examples_argue_for_that_route()
    {
        var model = WordEvidenceModel.Train(Routes, Examples())!;
        var tokens = TextTokenizer.Tokenize("Mijn zwager kreeg via een collega die opdracht");
        Assert.True(model.Evidence("integriteitsmelding", tokens) > 0);
        Assert.True(model.Evidence("lijn", tokens) < 0);
    }

    [Fact]
    public void Words_never_seen_add_nothing() =>
        Assert.Equal(0, WordEvidenceModel.Train(Routes, Examples())!.Evidence("lijn", TextTokenizer.Tokenize("volkomen onbekende woorden")));

    [Fact]
    public void Without_enough_examples_for_every_route_there_is_no_learned_part() =>
        Assert.Null(WordEvidenceModel.Train([.. Routes, "moreel-beraad"], Examples()));

    [Fact]
    public void The_default_table_learns_from_the_shipped_examples_and_a_weight_of_zero_switches_it_off()
    {
        Assert.NotNull(RoutingTable.Default().Learned);
        Assert.Null(RoutingTable.FromOptions(new RoutingOptions { LearnedWeight = 0 }).Learned);
    }

    [Fact]
    public void A_learned_weight_out_of_range_stops_the_start()
    {
        var result = new RoutingOptionsValidator().Validate(null, new RoutingOptions { LearnedWeight = 5 });
        Assert.True(result.Failed);
        Assert.Contains("LearnedWeight", result.FailureMessage, StringComparison.Ordinal);
    }
}
