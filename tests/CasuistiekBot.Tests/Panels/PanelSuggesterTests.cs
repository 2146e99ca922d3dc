using CasuistiekBot.Expertise;
using CasuistiekBot.Localization;
using CasuistiekBot.Panels;
using static CasuistiekBot.Tests.Panels.TestDirectory;

namespace CasuistiekBot.Tests.Panels;

public sealed class PanelSuggesterTests
{
    private static readonly Dictionary<string, PersonLoad> NoLoads = [];

    [Fact]
    public void The_directory_for_these_tests_holds_at_least_thirty_people()
    {
        Assert.True(People().Count >= 30);
    }

    [Fact]
    public void A_casus_gets_a_line_manager_of_its_unit_a_facilitator_and_experts_whose_tags_match_its_themes()
    {
        var proposal = PanelSuggester.Propose(Brief(), People(), NoLoads);

        Assert.Equal(
            [("Sara Smit", PanelSeat.LineManager), ("Abel Aarts", PanelSeat.Facilitator), ("Anna Asiel", PanelSeat.Expert), ("Carla Claes", PanelSeat.Expert)],
            Seats(proposal));
        Assert.Empty(proposal.EmptySeats);
        Assert.Equal(["asiel", "medisch"], proposal.Seats.Single(s => s.Person.Name == "Anna Asiel").MatchedTags);
        Assert.Equal(UnitMatch.SameUnit, proposal.Seats.Single(s => s.Seat == PanelSeat.LineManager).Unit);
    }

    [Fact]
    public void Experts_are_added_for_the_themes_they_cover_up_to_four()
    {
        var proposal = PanelSuggester.Propose(Brief(["detentie", "inning-en-boetes", "studie", "naturalisatie", "arbeidsmigratie", "ict"]), People(), NoLoads);

        var experts = proposal.Seats.Where(s => s.Seat == PanelSeat.Expert).ToList();
        Assert.Equal(PanelSuggester.MaxExperts, experts.Count);
        Assert.All(experts, e => Assert.Single(e.MatchedTags));
        Assert.Equal(experts.Count, experts.SelectMany(e => e.MatchedTags).Distinct().Count());
    }

    [Fact]
    public void With_only_one_matching_expert_a_second_one_fills_the_minimum_of_two()
    {
        var proposal = PanelSuggester.Propose(Brief(["wet-en-regelgeving"]), People(), NoLoads);

        var experts = proposal.Seats.Where(s => s.Seat == PanelSeat.Expert).ToList();
        Assert.Equal(PanelSuggester.MinExperts, experts.Count);
        Assert.Equal("Eva Evers", experts[0].Person.Name);
        Assert.Empty(experts[1].MatchedTags);
    }

    [Fact]
    public void An_expert_who_adds_no_new_theme_is_not_added_once_there_are_two()
    {
        var proposal = PanelSuggester.Propose(Brief(["asiel"]), People(), NoLoads);

        Assert.Equal(2, proposal.Seats.Count(s => s.Seat == PanelSeat.Expert));
    }

    [Fact]
    public void The_line_manager_comes_from_the_same_organisation_when_the_unit_itself_has_none()
    {
        var proposal = PanelSuggester.Propose(Brief(unit: "IND, Directie Werkgevers"), People(), NoLoads);

        var manager = proposal.Seats.Single(s => s.Seat == PanelSeat.LineManager);
        Assert.Equal(UnitMatch.SameOrganisation, manager.Unit);
        Assert.StartsWith("IND", manager.Person.OrgUnit);
    }

    [Fact]
    public void Without_a_line_manager_in_the_organisation_the_seat_is_left_open_and_said_so()
    {
        var proposal = PanelSuggester.Propose(Brief(unit: "Justis, Screening"), People(), NoLoads);

        Assert.DoesNotContain(proposal.Seats, s => s.Seat == PanelSeat.LineManager);
        Assert.Contains(PanelSeat.LineManager, proposal.EmptySeats);
    }

    [Fact]
    public void Units_are_compared_without_regard_to_case_spacing_or_diacritics()
    {
        var proposal = PanelSuggester.Propose(Brief(unit: "  ind,   ASIËL "), People(), NoLoads);

        Assert.Equal(UnitMatch.SameUnit, proposal.Seats.Single(s => s.Seat == PanelSeat.LineManager).Unit);
    }

    [Fact]
    public void The_facilitator_is_never_also_the_line_manager()
    {
        var proposal = PanelSuggester.Propose(Brief([], unit: C), People(), NoLoads);

        Assert.Equal("Wim Wouters", proposal.Seats.Single(s => s.Seat == PanelSeat.LineManager).Person.Name);
        Assert.NotEqual("Wim Wouters", proposal.Seats.Single(s => s.Seat == PanelSeat.Facilitator).Person.Name);
    }

    [Fact]
    public void Nobody_holds_two_seats()
    {
        var proposal = PanelSuggester.Propose(Brief(["asiel", "medisch", "gezinshereniging", "mensenhandel"]), People(), NoLoads);

        Assert.Equal(proposal.Seats.Count, proposal.Seats.Select(s => s.Person.AadObjectId).Distinct().Count());
    }

    [Fact]
    public void Someone_unavailable_on_the_day_is_not_suggested_and_is_again_from_the_day_after()
    {
        var people = People();
        people.Single(p => p.Name == "Anna Asiel").UnavailableUntil = Day;
        Assert.DoesNotContain("Anna Asiel", Names(PanelSuggester.Propose(Brief(), people, NoLoads)));

        people.Single(p => p.Name == "Anna Asiel").UnavailableUntil = Day.AddDays(-1);
        Assert.Contains("Anna Asiel", Names(PanelSuggester.Propose(Brief(), people, NoLoads)));
    }

    [Fact]
    public void Someone_at_their_monthly_maximum_is_not_suggested()
    {
        var full = new Dictionary<string, PersonLoad> { [IdOf("Anna Asiel")] = new(ThisMonth: 2, Recent: 2) };
        var underMax = new Dictionary<string, PersonLoad> { [IdOf("Anna Asiel")] = new(ThisMonth: 1, Recent: 1) };

        Assert.DoesNotContain("Anna Asiel", Names(PanelSuggester.Propose(Brief(), People(), full)));
        Assert.Contains("Anna Asiel", Names(PanelSuggester.Propose(Brief(), People(), underMax)));
    }

    [Fact]
    public void The_inbrenger_is_never_suggested()
    {
        var proposal = PanelSuggester.Propose(Brief(author: IdOf("Anna Asiel")), People(), NoLoads);

        Assert.DoesNotContain("Anna Asiel", Names(proposal));
    }

    [Fact]
    public void The_inbrengers_own_manager_stays_off_a_confidential_casus_but_not_a_named_one()
    {
        var named = PanelSuggester.Propose(Brief(author: IdOf("Cor Cohen"), shield: false), People(), NoLoads);
        var shielded = PanelSuggester.Propose(Brief(author: IdOf("Cor Cohen"), shield: true), People(), NoLoads);

        Assert.Equal("Sara Smit", named.Seats.Single(s => s.Seat == PanelSeat.LineManager).Person.Name);
        Assert.Equal("Tom Teeuw", shielded.Seats.Single(s => s.Seat == PanelSeat.LineManager).Person.Name);
    }

    [Fact]
    public void People_marked_involved_declined_or_removed_are_not_suggested()
    {
        var proposal = PanelSuggester.Propose(Brief(excluded: [IdOf("Anna Asiel"), IdOf("Sara Smit")]), People(), NoLoads);

        Assert.DoesNotContain("Anna Asiel", Names(proposal));
        Assert.DoesNotContain("Sara Smit", Names(proposal));
    }

    [Fact]
    public void A_directory_person_named_in_full_in_the_casus_text_is_not_asked_to_judge_it()
    {
        var named = PanelSuggester.Propose(Brief(text: "Ik heb dit besproken met anna asiel, maar zij zag geen uitweg."), People(), NoLoads);
        var firstNameOnly = PanelSuggester.Propose(Brief(text: "Anna zag geen uitweg."), People(), NoLoads);

        Assert.DoesNotContain("Anna Asiel", Names(named));
        Assert.Contains("Anna Asiel", Names(firstNameOnly));
    }

    [Fact]
    public void Among_equal_matches_the_person_with_the_fewest_recent_panels_goes_first()
    {
        var loads = new Dictionary<string, PersonLoad>
        {
            [IdOf("Anna Asiel")] = new(0, 3), [IdOf("Bart Bos")] = new(0, 2), [IdOf("Gert Gans")] = new(0, 0),
        };

        var proposal = PanelSuggester.Propose(Brief(["asiel"], unit: R), People(), loads);

        Assert.Equal("Gert Gans", proposal.Seats.First(s => s.Seat == PanelSeat.Expert).Person.Name);
    }

    [Fact]
    public void Among_equals_a_unit_not_yet_at_the_table_goes_first()
    {
        // Bart Bos (IND, Regulier) sorts before Carla Claes (Juridische Zaken) and matches as well, but Regulier already sits there.
        var proposal = PanelSuggester.Propose(Brief(), People(), NoLoads);

        Assert.Contains("Carla Claes", Names(proposal));
        Assert.DoesNotContain("Bart Bos", Names(proposal));
    }

    [Fact]
    public void The_same_inputs_give_the_same_panel_whatever_the_order_of_the_directory()
    {
        var expected = Seats(PanelSuggester.Propose(Brief(["asiel", "mensenhandel"]), People(), NoLoads));

        foreach (var seed in new[] { 1, 2, 3, 4, 5 })
        {
            var random = new Random(seed);
            var shuffled = People().OrderBy(_ => random.Next()).ToList();
            Assert.Equal(expected, Seats(PanelSuggester.Propose(Brief(["asiel", "mensenhandel"]), shuffled, NoLoads)));
        }
    }

    [Fact]
    public void A_replacement_is_the_next_best_for_the_seat_given_who_sits_there_now()
    {
        var seated = new List<SeatedPerson>
        {
            new(IdOf("Sara Smit"), PanelSeat.LineManager), new(IdOf("Abel Aarts"), PanelSeat.Facilitator), new(IdOf("Carla Claes"), PanelSeat.Expert),
        };

        var next = PanelSuggester.Replace(Brief(seated: seated, excluded: [IdOf("Anna Asiel")]), PanelSeat.Expert, People(), NoLoads);

        Assert.Equal("Bart Bos", next?.Person.Name);
        Assert.Equal(["asiel"], next!.MatchedTags);
    }

    [Fact]
    public void A_replacement_line_manager_respects_the_same_rules()
    {
        var seated = new List<SeatedPerson> { new(IdOf("Tom Teeuw"), PanelSeat.LineManager) };

        var next = PanelSuggester.Replace(Brief(author: IdOf("Cor Cohen"), shield: true, seated: seated), PanelSeat.LineManager, People(), NoLoads);

        // Sara Smit is Cor Cohen's manager, Tom Teeuw already sits there: the next is from the same organisation.
        Assert.Equal("Ursula Uil", next?.Person.Name);
        Assert.Equal(UnitMatch.SameOrganisation, next!.Unit);
    }

    [Fact]
    public void Each_suggestion_carries_its_reason()
    {
        var reasons = new SuggestionReasons(new Texts());
        var loads = new Dictionary<string, PersonLoad> { [IdOf("Anna Asiel")] = new(1, 1) };

        var proposal = PanelSuggester.Propose(Brief(), People(), loads);

        Assert.Equal("tags: asiel, medisch; 1 panel deze maand", reasons.For(proposal.Seats.Single(s => s.Person.Name == "Anna Asiel"), A));
        Assert.Equal("lijnmanager van IND, Asiel; 0 panels deze maand", reasons.For(proposal.Seats.Single(s => s.Seat == PanelSeat.LineManager), A));
        Assert.Equal("getrainde gespreksleider; tags: asiel; 0 panels deze maand", reasons.For(proposal.Seats.Single(s => s.Seat == PanelSeat.Facilitator), A));
    }

    private static List<(string, string)> Seats(PanelProposal proposal) => proposal.Seats.Select(s => (s.Person.Name, s.Seat)).ToList();

    private static List<string> Names(PanelProposal proposal) => proposal.Seats.Select(s => s.Person.Name).ToList();
}
