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
    [InlineData("Ik wil graag advies, liefst binnen tien dagen.", "2026-03-19")]
    [InlineData("Ik heb het antwoord donderdag nodig voor het gesprek met hem.", "2026-03-12")]
    [InlineData("Het MT-overleg van 14 april zou mooi zijn.", "2026-04-14")]
    [InlineData("I start the talks within two weeks of a rejection. I want this to go up as a signal, please, by 2 April.", "2026-04-02")]
    [InlineData("Daar heb ik tot en met vrijdag 20 maart de tijd voor.", "2026-03-20")]
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

    [Theory]
    [InlineData("Een cliënt krijgt geen uitkering zonder adres. Hoe ga ik hiermee om?", CasusWish.Advice)]
    [InlineData("Een cliënt krijgt geen uitkering zonder adres. Kan iemand met mij meedenken?", CasusWish.Advice)]
    [InlineData("A client gets no benefits without an address. What would you do in my place?", CasusWish.Advice)]
    [InlineData("Ik zou graag met een paar collega's samen kijken hoe we hiermee omgaan, zodat we op één lijn zitten.", CasusWish.SharedView)]
    [InlineData("Could we look at this together with a few colleagues so we see it the same way?", CasusWish.SharedView)]
    [InlineData("Dit speelt bij veel mensen, ik zou het graag hoger in de lijn neerleggen.", CasusWish.Signal)]
    [InlineData("Het beleid moet weten wat dit in de praktijk betekent.", CasusWish.Signal)]
    [InlineData("Ik zou het fijn vinden als de directie hiervan weet, want dit gebeurt op meer locaties.", CasusWish.Signal)]
    [InlineData("Ik wil eigenlijk alleen even mijn verhaal doen.", CasusWish.BeHeard)]
    [InlineData("I'm not looking for a solution, I just need someone to hear this.", CasusWish.BeHeard)]
    [InlineData("Ik wil dit graag samen doordenken met de gedragsdeskundige en de jurist.", CasusWish.SharedView)]
    [InlineData("Mijn vraag is welke regel hier voorgaat.", CasusWish.Advice)]
    [InlineData("I'd like advice on whether to escalate this to management.", CasusWish.Advice)]
    [InlineData("Ik wil met collega's sparren om tot een gedeeld beeld te komen.", CasusWish.SharedView)]
    public void A_wish_is_read_however_it_is_said(string story, string wish) =>
        Assert.Equal(wish, Read(story).Wish);

    [Theory]
    [InlineData("Een jongen in de opvang kreeg structureel te weinig eten volgens zijn voogd.")]
    [InlineData("De voogd heeft advies gevraagd aan de GGZ over een jongen in de opvang.")]
    [InlineData("The judge put the case on the agenda for next month.")]
    [InlineData("Die vent van de woningcorporatie zei dat hij geen adres krijgt. Wat doen we mensen aan.")]
    [InlineData("Ik zoek geen advies, ik wil dit als signaal agenderen en misschien samen een gedeeld beeld vormen.")]
    [InlineData("Ik zou graag met een paar collega's willen sparren.")]
    public void Words_of_a_wish_said_of_someone_else_or_of_the_situation_are_no_wish(string story) =>
        Assert.Null(Read(story).Wish);

    [Theory]
    [InlineData("Ik zit bij DJI in PI Lelystad, afdeling Zorg, en een gedetineerde vraagt om verlof.", "DJI, PI Lelystad, afdeling Zorg")]
    [InlineData("Ik ben groepsleider in JJI Den Hey-Acker en een jongen wordt binnenkort achttien.", "DJI, JJI Den Hey-Acker")]
    [InlineData("Werkzaam bij het COA als woonbegeleider op het azc in Budel.", "COA, azc in Budel")]
    [InlineData("Vanuit mijn rol als jurist bij de IND, unit Naturalisatie: een man haalt het examen niet.", "IND, unit Naturalisatie")]
    [InlineData("Ik werk bij de IND, directie Asiel en Bescherming, unit Zwolle en heb een aanvraag van een moeder.", "IND, directie Asiel en Bescherming, unit Zwolle")]
    [InlineData("Ik zit bij het CJIB in Leeuwarden, team Inning, en we krijgen steeds meer boetes.", "CJIB, Leeuwarden, team Inning")]
    [InlineData("I'm on the Dublin team at the IND in Ter Apel and we transfer a family.", "IND, Dublin team, Ter Apel")]
    [InlineData("Here at the CJIB we keep getting fines for cars that were sold.", "CJIB")]
    [InlineData("Ik werk als jurist op de afdeling Bezwaar van het CJIB en zie dat mensen te laat horen van hun boete.", "CJIB, afdeling Bezwaar")]
    [InlineData("I work at the IND's asylum directorate, and an applicant disclosed it late.", "IND, asylum directorate")]
    [InlineData("Wij op de unit Toezicht van de Reclassering zien vaker cliënten die hun meldplicht missen.", "Reclassering, unit Toezicht")]
    public void The_unit_is_read_as_stated_and_no_shorter(string story, string unit) =>
        Assert.Equal(unit, Read(story).Unit);

    [Theory]
    [InlineData("I work closely with the COA on a family that has to move.")]
    [InlineData("Ik ben boos op de IND omdat een gezin al maanden wacht.")]
    [InlineData("Ik ben werkmeester in de arbeidszaal van PI Zwolle en een gedetineerde vraagt iets.")]
    public void A_partner_organisation_or_a_part_the_reader_cannot_name_is_asked(string story) =>
        Assert.Null(Read(story).Unit);

    // The workplace as people write it: a unit written onto the organisation, a unit word and a place after it, an
    // organisation outside the usual few, "van" after a job or a verb of working, a unit with "en" in its name.
    [Theory]
    [InlineData("Ik werk op de DJI-locatie Nieuwegein en een gedetineerde vraagt om verlof.", "DJI-locatie Nieuwegein")]
    [InlineData("Ik werk achter de balie van het CJIB-loket in Leeuwarden.", "CJIB-loket, Leeuwarden")]
    [InlineData("Ik ben jeugdbeschermer bij Halt, vestiging Utrecht, en een jongen mist zijn taakstraf.", "Halt, vestiging Utrecht")]
    [InlineData("Ik werk bij het Schadefonds Geweldsmisdrijven, team Uitbetaling.", "Schadefonds Geweldsmisdrijven, team Uitbetaling")]
    [InlineData("Ik werk als jurist bij het OM, ressortsparket Arnhem-Leeuwarden, en twijfel over een zaak.", "OM, ressortsparket Arnhem-Leeuwarden")]
    [InlineData("I work at the COA desk in Zwolle and a resident asks for a transfer.", "COA, desk in Zwolle")]
    [InlineData("I'm with CJIB in Leeuwarden, team Inning.", "CJIB, Leeuwarden, team Inning")]
    [InlineData("Bij de IND, unit Arbeid in Zwolle zien we steeds vaker dat aanvragen blijven liggen.", "IND, unit Arbeid in Zwolle")]
    [InlineData("Als medewerker van de IND, directie Asiel en Bescherming, zit ik met een vraag.", "IND, directie Asiel en Bescherming")]
    [InlineData("Hi, I work at the IND, Labour and Migration directorate, in Zwolle.", "IND, Labour and Migration directorate, Zwolle")]
    [InlineData("Medewerker Inning bij het CJIB hier.", "CJIB, Inning")]
    [InlineData("Ik zit bij team Bezwaar van het CJIB.", "CJIB, team Bezwaar")]
    public void A_workplace_is_read_however_it_is_written(string story, string unit) =>
        Assert.Equal(unit, Read(story).Unit);

    [Theory]
    [InlineData("Ik kreeg gisteren een brief van de IND over een moeder.")]
    [InlineData("Ik zit al weken te wachten op een besluit van de IND.")]
    public void An_organisation_after_van_that_is_not_where_the_author_works_is_asked(string story) =>
        Assert.Null(Read(story).Unit);

    [Theory]
    [InlineData("Ik moet voor de 15e een besluit nemen over een verlenging.", "2026-03-15")]
    [InlineData("Het besluit moet eind van de maand de deur uit.", "2026-03-31")]
    [InlineData("Donderdag moet ik het dossier afsluiten, terwijl de moeder nog in het ziekenhuis ligt.", "2026-03-12")]
    [InlineData("Mijn rapport moet uiterlijk 20 maart bij de rechtbank liggen, de zitting zelf is op 3 april.", "2026-03-20")]
    [InlineData("Over twee weken moet het plaatsingsadvies eruit.", "2026-03-23")]
    public void A_deadline_is_read_in_the_clause_that_sets_it(string story, string deadline) =>
        Assert.Equal(deadline, Read(story).For("deadline"));

    [Theory]
    [InlineData("De IND heeft op 12 februari besloten dat hij moet vertrekken.")]
    [InlineData("Hij moet zich op 15 maart melden bij de politie en vroeg of dat later mag.")]
    [InlineData("Gisteren moest ik een gezin vertellen dat ze per 1 april de opvang uit moeten.")]
    [InlineData("Vandaag heb ik een afwijzing moeten uitreiken aan een jongen.")]
    [InlineData("His next court review is on 28 April, and his daughter is getting married on 6 May.")]
    public void Dates_of_what_happened_or_of_someone_elses_duty_are_no_deadline(string story) =>
        Assert.False(Read(story).Answers("deadline"));

    [Theory]
    [InlineData("Er hoeft niks mee te gebeuren en het loopt niet weg.")]
    [InlineData("Haast heeft het niet, ik wil het gewoon kwijt.")]
    [InlineData("There's no deadline on my side.")]
    public void No_hurry_is_read_however_it_is_said(string story) =>
        Assert.True(Read(story).NoDeadline);

    [Theory]
    [InlineData("Het voelt gewoon niet goed om een gezin uit elkaar te houden.")]
    [InlineData("Ik kan dit niet uitleggen aan de man aan de balie.")]
    [InlineData("Volgens de regels moet hij terug, terwijl zijn kinderen hier naar school gaan.")]
    [InlineData("The rules say we must refuse, but she has done everything right for years.")]
    [InlineData("It does not sit right with me.")]
    public void What_chafes_is_read_however_it_is_said(string story) =>
        Assert.NotNull(Read(story).Chafes);

    [Theory]
    [InlineData("Ik heb het met mijn werkbegeleider doorgesproken.", true)]
    [InlineData("I talked it through with the psychiatrist in our team.", true)]
    [InlineData("Ik heb er verder met niemand over gehad.", false)]
    public void What_was_tried_is_read_unless_it_is_denied(string story, bool tried) =>
        Assert.Equal(tried, Read(story).Tried is not null);

    [Theory]
    [InlineData("Dat snap ik op zich wel. Maar voor deze vrouw betekent het dat ze haar baan kwijtraakt.")]
    [InlineData("Juridisch is er niets mis mee, het gezin slaapt volgende week alleen wel op straat. Toch teken ik.")]
    [InlineData("Voorschrift is voorschrift, maar hier schiet niemand iets mee op.")]
    [InlineData("Het zit me al weken dwars dat we hier niets aan doen.")]
    [InlineData("Dit gezin valt tussen wal en schip.")]
    [InlineData("The policy makes sense on paper, but this family loses their home over it.")]
    [InlineData("Als ik het meld, verliest hij zijn plek, als ik het niet meld, ga ik tegen mijn instructie in.")]
    [InlineData("Ze krijgt een afwijzing, zelfs als duidelijk is dat de fout bij ons lag.")]
    [InlineData("In ons team lopen de meningen hierover flink uiteen.")]
    [InlineData("Ze wil bij haar oma blijven, maar volgens onze werkwijze gaat de moeder voor.")]
    [InlineData("Our intake rules force a transfer halfway through his therapy.")]
    public void What_chafes_is_read_in_how_people_set_a_rule_against_a_person(string story) =>
        Assert.NotNull(Read(story, story.Contains(" the ", StringComparison.Ordinal) || story.StartsWith("Our", StringComparison.Ordinal) ? "en" : "nl").Chafes);

    [Theory]
    [InlineData("De werkinstructie laat geen uitzondering toe en daardoor raakt hij zijn woning kwijt.")]
    [InlineData("Het systeem zet de regeling automatisch stop, zodat ze nu in de schulden zit.")]
    [InlineData("Hij mag niet op verlof voordat de taxatie klaar is. Dan is het te laat.")]
    [InlineData("Ik vind het raar dat ze er twee keer voor moet betalen.")]
    [InlineData("Mag ik in dit geval van de termijn afwijken?")]
    [InlineData("It seems cruel to send a letter like that to a grieving widow.")]
    [InlineData("The system blocks the payment, so she ends up homeless.")]
    [InlineData("She has to pay the fee again, even though the mistake was ours.")]
    [InlineData("I find it hard to defend this decision to her.")]
    [InlineData("Should I really refuse him?")]
    public void What_chafes_is_read_as_a_judgement_a_question_of_right_or_a_rule_that_harms(string story) =>
        Assert.NotNull(Read(story).Chafes);

    [Theory]
    [InlineData("Ik heb het hem zo goed mogelijk uitgelegd, maar het blijft door mijn hoofd gaan.")]
    [InlineData("De beslissing moet uiterlijk vrijdag genomen zijn.")]
    [InlineData("Wat mag ik hem vertellen? Wat moet ik doen?")]
    [InlineData("What should I do next?")]
    [InlineData("Everything was done as it should be, but the whole team is shaken.")]
    public void A_heavy_or_factual_story_without_a_collision_does_not_chafe(string story) =>
        Assert.Null(Read(story).Chafes);

    [Theory]
    [InlineData("Het voelt oneerlijk. Ik heb het met mijn teamleider besproken.", "Het voelt oneerlijk.", "Ik heb het met mijn teamleider besproken.")]
    [InlineData("De regel gaat voor. Nog niets.", "De regel gaat voor.", "Nog niets.")]
    [InlineData("It feels wrong and I discussed it with my manager.", "It feels wrong and I discussed it with my manager.", "It feels wrong and I discussed it with my manager.")]
    [InlineData("De regel gaat voor het kind.", "De regel gaat voor het kind.", "De regel gaat voor het kind.")]
    public void One_answer_to_what_chafes_and_what_was_tried_is_split_where_it_can_be(string answer, string chafes, string tried) =>
        Assert.Equal((chafes, tried), StoryReader.SplitChafesAndTried(answer));

    [Theory]
    [InlineData("My manager said the rules are the rules.")]
    [InlineData("Something about it doesn't sit right, but I can't put my finger on it.")]
    [InlineData("Het adres in het systeem klopt niet.")]
    [InlineData("Ik snap hoe het systeem werkt en heb de brief verstuurd.")]
    public void Someone_elses_stance_or_a_chafe_the_author_cannot_yet_name_is_asked(string story) =>
        Assert.Null(Read(story).Chafes);

    [Theory]
    [InlineData("Ik heb het dossier al aan de teamleider gegeven.", true)]
    [InlineData("Ik heb het OM gevraagd om uitstel van de terugmelding.", true)]
    [InlineData("Asked a senior lawyer on my team, who just shrugged.", true)]
    [InlineData("Legal told me there is no room in the law for this.", true)]
    [InlineData("Iedereen in mijn team herkent het.", true)]
    [InlineData("Ik heb Slachtofferhulp al geraadpleegd.", true)]
    [InlineData("I haven't checked with my manager yet.", false)]
    [InlineData("Ik heb hem gevraagd waarom hij te laat was.", false)]
    public void What_was_tried_is_read_as_a_question_put_to_someone(string story, bool tried) =>
        Assert.Equal(tried, Read(story).Tried is not null);

    [Theory]
    [InlineData("Wij hier bij de IND, team Gezin, zien vaker dat een partner te laat is.", "IND, team Gezin")]
    [InlineData("dji, team Arbeid Almelo hier. Een gedetineerde vraagt om werk buiten.", "DJI, team Arbeid Almelo")]
    [InlineData("Unit Zuid / COA Emmen. Een gezin moet verhuizen.", "COA, Unit Zuid, Emmen")]
    [InlineData("Een boete is twee keer verhoogd.\n\nGroet,\nmedewerker IND, afdeling Post", "IND, afdeling Post")]
    [InlineData("As an officer at COA, location Zwolle (reception team), I see a family split up.", "COA, location Zwolle, (reception team)")]
    [InlineData("I'm at Justis, screening unit, and an applicant has an old conviction.", "Justis, screening unit")]
    [InlineData("Vanuit de Dienst Terugkeer en Vertrek, regio Noord, wil ik iets voorleggen.", "DT&V, regio Noord")]
    [InlineData("Ik werk als PIW'er in PI Almelo, afdeling Arbeid. Een man mag niet werken.", "DJI, PI Almelo, afdeling Arbeid")]
    [InlineData("IND, dir. Regulier, team Kennis. Een aanvraag komt te laat binnen.", "IND, directie Regulier, team Kennis")]
    [InlineData("I'm a decision officer at the IND, Asylum, based in Zwolle. A boy was interviewed.", "IND, Asylum, Zwolle")]
    public void The_unit_is_read_from_a_heading_a_signature_or_an_aside(string story, string unit) =>
        Assert.Equal(unit, Read(story).Unit);

    [Theory]
    [InlineData("COA, IND en gemeente wijzen naar elkaar.")]
    [InlineData("IND Zevenaar heeft besloten dat ze moet vertrekken.")]
    [InlineData("Hoi, CJIB. Ik heb een vraag over een boete.")]
    public void A_line_with_more_than_a_workplace_in_it_is_no_heading(string story) =>
        Assert.Null(Read(story).Unit);

    [Theory]
    [InlineData("Ik hoor graag binnen drie weken van jullie.", "2026-03-30")]
    [InlineData("The transfer is planned for late April so ideally we meet by 10 April.", "2026-04-10")]
    public void A_deadline_in_days_or_weeks_or_after_a_planned_event_is_read(string story, string deadline) =>
        Assert.Equal(deadline, Read(story, story.StartsWith("The", StringComparison.Ordinal) ? "en" : "nl").For("deadline"));

    [Theory]
    [InlineData("Er is geen termijn, niks acuuts.")]
    [InlineData("Haast is er ook niet.")]
    public void No_hurry_is_read_in_more_ways(string story) =>
        Assert.True(Read(story).NoDeadline);

    [Fact]
    public void What_happened_today_is_no_deadline() =>
        Assert.False(Read("Vandaag kwam een vrouw te laat en nu moet ik dat registreren.").Answers("deadline"));
}
