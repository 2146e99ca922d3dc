using CasuistiekBot.Routing;

namespace CasuistiekBot.Tests.Routing;

public sealed class RouteSuggesterTests
{
    private static readonly RouteSuggester Suggester = new(RoutingTable.Default());

    [Fact]
    public void Every_route_is_ranked_best_first_with_a_score_between_zero_and_one()
    {
        var suggestion = Suggester.Suggest(new CasusText("De werkdruk in ons team is enorm en het rooster klopt nooit."));

        Assert.Equal(9, suggestion.Routes.Select(r => r.RouteId).Distinct().Count());
        Assert.Equal("lijn", suggestion.Best.RouteId);
        Assert.Equal(suggestion.Routes.OrderByDescending(r => r.Score).Select(r => r.Score), suggestion.Routes.Select(r => r.Score));
        Assert.All(suggestion.Routes, r => Assert.InRange(r.Score, 0, 1));
    }

    [Fact]
    public void The_same_input_gives_the_same_suggestion()
    {
        var casus = new CasusText("Een collega lekt informatie naar de pers en mijn leidinggevende schreeuwt.", WhatChafes: "regels", Wants: CasusWish.Advies);

        var first = Suggester.Suggest(casus);
        var second = new RouteSuggester(RoutingTable.Default()).Suggest(casus);

        Assert.Equal(first.Routes.Select(r => (r.RouteId, r.Score, r.Reason)), second.Routes.Select(r => (r.RouteId, r.Score, r.Reason)));
        Assert.Equal(first.Themes, second.Themes);
    }

    [Fact]
    public void The_reason_names_the_words_the_inbrenger_used_in_Dutch_and_English()
    {
        var suggestion = Suggester.Suggest(new CasusText("Mijn leidinggevende heeft mij geïntimideerd tijdens het werkoverleg."), "en");

        var best = suggestion.Best;
        Assert.Equal("vertrouwenspersoon", best.RouteId);
        Assert.True(best.Confidential);
        Assert.Contains("signaalwoorden: geïntimideerd", best.ReasonDutch);
        Assert.StartsWith("signal words: geïntimideerd", best.ReasonEnglish);
        Assert.Equal(best.ReasonEnglish, best.Reason);
        Assert.Contains("confidential route first", best.ReasonEnglish);
    }

    [Fact]
    public void What_the_inbrenger_wants_tips_an_otherwise_neutral_story()
    {
        const string story = "Ik loop hier al een tijd mee rond en wil het graag kwijt.";

        Assert.Equal("spreekuur", Suggester.Suggest(new CasusText(story)).Best.RouteId);
        var agenda = Suggester.Suggest(new CasusText(story, Wants: CasusWish.SignaalAgenderen)).Best;
        Assert.Equal("signaal-beleid", agenda.RouteId);
        Assert.Contains("wens van de inbrenger: signaal agenderen", agenda.Reason);
    }

    [Fact]
    public void Strong_safety_signals_put_the_confidential_route_first_even_in_a_rich_case_story()
    {
        var casus = new CasusText(
            "Bij de beoordeling van een asielaanvraag met gezinshereniging schuurt het beleid met de menselijke maat. " +
            "Toen ik dit in het werkoverleg aankaartte, werd ik door mijn teamleider uitgescholden en sindsdien word ik gepest.");

        var suggestion = Suggester.Suggest(casus);

        Assert.Equal("vertrouwenspersoon", suggestion.Best.RouteId);
        Assert.Equal("spreekuur", suggestion.Routes[1].RouteId);
    }

    [Fact]
    public void A_denied_safety_signal_does_not_decide_the_route()
    {
        var suggestion = Suggester.Suggest(new CasusText(
            "Er is geen sprake van intimidatie of fraude door collega's, maar de regels voor deze aanvrager voelen niet rechtvaardig."));

        Assert.Equal("spreekuur", suggestion.Best.RouteId);
        var counsellor = suggestion.Routes.Single(r => r.RouteId == "vertrouwenspersoon");
        Assert.Contains("ontkend: intimidatie", counsellor.ReasonDutch);
        Assert.Contains("denied: intimidatie", counsellor.ReasonEnglish);
    }

    [Fact]
    public void The_structured_intake_fields_count_as_well_as_the_story()
    {
        var storyOnly = Suggester.Suggest(new CasusText("Het gaat om een aanvraag."));
        var withFields = Suggester.Suggest(new CasusText("Het gaat om een aanvraag.", WhatChafes: "Hoe moeten we het overgangsrecht uitleggen na de nieuwe jurisprudentie?"));

        Assert.NotEqual("juridische-zaken", storyOnly.Best.RouteId);
        Assert.Equal("juridische-zaken", withFields.Best.RouteId);
    }

    [Fact]
    public void A_story_without_any_signal_goes_to_the_general_place()
    {
        var best = Suggester.Suggest(new CasusText("Hallo.")).Best;

        Assert.Equal("spreekuur", best.RouteId);
        Assert.Equal("geen specifieke signaalwoorden; de algemene plek voor een casus", best.Reason);
    }
}
