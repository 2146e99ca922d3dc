using CasuistiekBot.Cases;
using CasuistiekBot.Intake;

namespace CasuistiekBot.Tests.Intake;

public sealed class StoryReaderTests
{
    private static readonly DateOnly Monday = new(2026, 3, 9);

    private static IntakeDraft Read(string story, string language = "nl") => StoryReader.Read(story, Monday, language);

    [Theory]
    [InlineData("Ik werk bij de IND, directie Asiel en Bescherming. Een moeder moet vertrekken.", "IND, directie Asiel en Bescherming")]
    [InlineData("Ik ben casemanager bij DJI in PI Vught. Een gedetineerde mag niet naar huis.", "DJI, PI Vught")]
    [InlineData("Als raadsonderzoeker bij de Raad voor de Kinderbescherming, regio Oost, moet ik een advies geven.", "Raad voor de Kinderbescherming, regio Oost")]
    [InlineData("Bij het CJIB, team Incasso, krijgen we een verzoek van een weduwe.", "CJIB, team Incasso")]
    [InlineData("I work at the CJIB. A man cannot pay his fines.", "CJIB")]
    [InlineData("I'm a hearing officer at the IND in Den Bosch. The applicant disclosed it late.", "IND, Den Bosch")]
    public void The_organisation_and_unit_are_read_where_the_author_says_they_work(string story, string unit) =>
        Assert.Equal(unit, Read(story).Unit);

    [Theory]
    [InlineData("Een gezin kreeg een brief van de IND dat hun vergunning niet wordt verlengd.")]
    [InlineData("Sinds kort krijgen wij bij de intake veel meldingen van het COA over verward gedrag.")]
    [InlineData("Ik heb het besproken met een collega bij DJI, maar die wist het ook niet.")]
    [InlineData("Ik werk bij de IND, en ik heb gisteren met iemand van het COA gebeld. Ik werk ook bij DJI.")]
    public void An_organisation_that_is_not_clearly_the_authors_own_is_asked(string story) =>
        Assert.Null(Read(story).Unit);

    [Theory]
    [InlineData("De beslistermijn verloopt op 30 maart.", "2026-03-30")]
    [InlineData("Uiterlijk vrijdag moet ik hem terugbellen.", "2026-03-13")]
    [InlineData("Ik moet voor het eind van de maand beslissen.", "2026-03-31")]
    [InlineData("I need to decide by 6 April.", "2026-04-06")]
    [InlineData("De vlucht staat gepland, dus dit moet zo snel mogelijk.", "2026-03-09")]
    public void A_date_in_a_sentence_about_a_decision_is_the_deadline(string story, string deadline) =>
        Assert.Equal(deadline, Read(story, story.StartsWith("I ", StringComparison.Ordinal) ? "en" : "nl").For("deadline"));

    [Theory]
    [InlineData("Sinds 1 september krijgen we meer meldingen. Hij komt over drie maanden vrij.")]
    [InlineData("De beslistermijn verloopt op 30 maart, maar de zitting moet voor 20 maart.")]
    [InlineData("Het is niet dringend, maar er moet wel zo snel mogelijk iets gebeuren.")]
    public void Dates_that_are_no_deadline_or_disagree_are_asked(string story) =>
        Assert.False(Read(story).Answers("deadline"));

    [Fact]
    public void No_hurry_answers_the_deadline_question_without_a_date()
    {
        var draft = Read("Het heeft geen haast, het speelt al langer.");

        Assert.True(draft.Answers("deadline"));
        Assert.Null(draft.Deadline);
    }

    [Theory]
    [InlineData("Wat moet ik doen?", CasusWish.Advice)]
    [InlineData("Ik wil dit als signaal agenderen.", CasusWish.Signal)]
    [InlineData("I just need someone to listen.", CasusWish.BeHeard)]
    [InlineData("Ik weet niet goed wat ik moet doen.", null)]
    [InlineData("Ik zoek advies, of misschien moet het als signaal naar het MT.", null)]
    public void A_wish_is_read_only_when_the_story_names_one(string story, string? wish) =>
        Assert.Equal(wish, Read(story).Wish);
}
