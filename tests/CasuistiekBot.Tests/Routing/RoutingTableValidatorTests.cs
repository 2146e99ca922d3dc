using CasuistiekBot.Routing;
using static CasuistiekBot.Tests.Routing.RoutingTableBuilder;

namespace CasuistiekBot.Tests.Routing;

public sealed class RoutingTableValidatorTests
{
    [Fact]
    public void The_default_table_is_valid_and_has_the_nine_IND_routes()
    {
        var result = RoutingTableLoader.LoadFile(RoutingTableLoader.DefaultFile);

        Assert.Empty(result.Problems);
        Assert.Equal(
            ["spreekuur", "knopendoorhakteam", "mt-schrijnend", "moreel-beraad", "vertrouwenspersoon", "integriteitsmelding", "juridische-zaken", "signaal-beleid", "lijn"],
            result.Document!.Routes.Select(r => r.Id));
        Assert.All(result.Document.Routes.Where(r => r.Id is "vertrouwenspersoon" or "integriteitsmelding"), r => Assert.True(r.Confidential));
        Assert.All(result.Document.Routes.Where(r => r.Id is not ("vertrouwenspersoon" or "integriteitsmelding")), r => Assert.False(r.Confidential));
        Assert.Contains(result.Document.Themes, t => t.Id == "alleenstaande-minderjarige-vreemdelingen");
    }

    [Fact]
    public void Duplicate_route_ids_are_reported_with_their_location()
    {
        var problems = RoutingTableValidator.Validate(Document(Route("lijn", "werkdruk"), Route("lijn", "rooster")));

        var problem = Assert.Single(problems);
        Assert.Equal("routes[1] (lijn).id", problem.Location);
        Assert.Contains("duplicate route id 'lijn'", problem.Message);
    }

    [Fact]
    public void A_missing_language_is_reported_per_text()
    {
        var route = Route("lijn", "werkdruk");
        route.Name = Text("Lijn", "");
        route.Contact = new LocalizedText { En = "your manager" };

        var problems = RoutingTableValidator.Validate(Document(route)).Select(p => p.ToString()).ToList();

        Assert.Contains("routes[0] (lijn).name.en: English text is missing", problems);
        Assert.Contains("routes[0] (lijn).contact.nl: Dutch text is missing", problems);
    }

    [Fact]
    public void A_route_without_positive_signals_is_rejected()
    {
        var route = Route("lijn");
        var onlyAgainst = Route("spreekuur");
        onlyAgainst.Signals = [new SignalDefinition { Term = "fraude", Weight = -1 }];

        var problems = RoutingTableValidator.Validate(Document(route, onlyAgainst));

        Assert.Contains(problems, p => p.Location == "routes[0] (lijn).signals" && p.Message.Contains("at least one signal"));
        Assert.Contains(problems, p => p.Location == "routes[1] (spreekuur).signals");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5.5)]
    [InlineData(-7)]
    [InlineData(double.NaN)]
    public void Signal_weights_outside_the_range_are_rejected(double weight)
    {
        var route = Route("lijn", "werkdruk");
        route.Signals.Add(new SignalDefinition { Term = "rooster", Weight = weight });

        var problem = Assert.Single(RoutingTableValidator.Validate(Document(route)));

        Assert.Equal("routes[0] (lijn).signals[1].weight", problem.Location);
    }

    [Fact]
    public void Ids_wishes_safety_context_and_wildcards_are_checked()
    {
        var route = Route("Lijn Team", "werk*druk");
        route.Wishes["koffie"] = 1;
        route.Safety = "integrity";
        route.Signals.Add(new SignalDefinition { Term = "fraude", Weight = 2, NeedsContext = true });

        var problems = RoutingTableValidator.Validate(Document(route)).Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.StartsWith("routes[0] (Lijn Team).id: 'Lijn Team' must be lower case", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("routes[0] (Lijn Team).wishes.koffie: unknown wish", StringComparison.Ordinal));
        Assert.Contains("routes[0] (Lijn Team).confidential: a safety route must be confidential so it never reaches a panel", problems);
        Assert.Contains("routes[0] (Lijn Team).signals[0].term: 'werk*druk': '*' may only end a word", problems);
        Assert.Contains("routes[0] (Lijn Team).signals[1].needsContext: the route has no context terms", problems);
    }

    [Fact]
    public void Themes_are_validated_like_routes()
    {
        var document = Document(Route("lijn", "werkdruk"));
        document.Themes = [new ThemeDefinition { Id = "ict", Name = Text("ICT", "IT") }, new ThemeDefinition { Id = "ict", Name = Text("ICT", "IT"), Signals = [new() { Term = "laptop" }] }];

        var problems = RoutingTableValidator.Validate(document).Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.StartsWith("themes[0] (ict).signals: needs at least one signal", StringComparison.Ordinal));
        Assert.Contains("themes[1] (ict).id: duplicate theme id 'ict'", problems);
    }
}
