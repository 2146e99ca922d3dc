using CasuistiekBot.Safety;

namespace CasuistiekBot.Tests.Safety;

public sealed class AcuteDangerDetectorTests
{
    private readonly AcuteDangerDetector _detector = new();

    [Theory]
    [InlineData("Ik ben bang dat hij zichzelf iets aandoet; hij zei dat hij het niet meer ziet zitten.", DangerKinds.Suicide)]
    [InlineData("Hij zegt dat hij niet meer wil leven.", DangerKinds.Suicide)]
    [InlineData("The client told me he wants to kill himself.", DangerKinds.Suicide)]
    [InlineData("De ex-man heeft gedreigd haar te vermoorden.", DangerKinds.Violence)]
    [InlineData("Het kind wordt thuis mishandeld.", DangerKinds.Child)]
    [InlineData("Een bezoeker heeft mijn collega met een mes bedreigd.", DangerKinds.Staff)]
    [InlineData("He said he knows where I live.", DangerKinds.Staff)]
    [InlineData("De gedetineerde is sinds zondag in hongerstaking.", DangerKinds.Suicide)]
    [InlineData("Mijn cliënt zegt dat hij er vanavond een eind aan maakt.", DangerKinds.Suicide)]
    [InlineData("Someone threw a brick through the window of our office after the decision.", DangerKinds.Staff)]
    [InlineData("De pasgeboren baby heeft een schedelbreuk en niemand kan uitleggen hoe dat kwam.", DangerKinds.Child)]
    [InlineData("Moeder zegt dat ze de kinderen meeneemt in haar dood.", DangerKinds.Suicide)]
    [InlineData("Moeder zegt dat ze de kinderen meeneemt in haar dood.", DangerKinds.Child)]
    [InlineData("He gave away his guitar and said he would not need it anymore.", DangerKinds.Suicide)]
    [InlineData("Haar ex staat elke avond voor haar deur.", DangerKinds.Violence)]
    [InlineData("De kinderen eten al een week uit de vuilnisbak en de stroom is afgesloten.", DangerKinds.Child)]
    public void Acute_danger_is_found_with_its_kind(string text, string kind)
    {
        var finding = _detector.Detect(text);

        Assert.True(finding.Found, text);
        Assert.Contains(kind, DangerKinds.Names(finding.Kinds));
    }

    [Theory]
    [InlineData("Er is geen sprake van bedreiging; het gaat om een termijn.")]
    [InlineData("Ik zie geen gevaar voor de kinderen.")]
    [InlineData("Ik denk niet dat hij suïcidaal is.")]
    [InlineData("Stel dat iemand dreigt zichzelf iets aan te doen, wat doe ik dan?")]
    [InlineData("What do we do if a client threatens a colleague?")]
    [InlineData("De beslistermijn dreigt te verlopen.")]
    [InlineData("De advocaat dreigt met een kort geding.")]
    [InlineData("We volgen een training zelfmoordpreventie.")]
    [InlineData("Jaren geleden is hij gewelddadig geweest, maar dat is voorbij.")]
    [InlineData("Meneer is lang geleden veroordeeld voor mishandeling.")]
    [InlineData("Die regel slaat nergens op.")]
    [InlineData("The deadline is killing me.")]
    [InlineData("We are in danger of missing the deadline.")]
    [InlineData("Van suïcidaliteit is geen sprake, zegt de psychiater.")]
    [InlineData("Het incident met het mes was in 2015 en sindsdien is er niets meer gebeurd.")]
    [InlineData("De werkwijze doet de menselijke maat geweld aan.")]
    [InlineData("Die deadline vermoordt me.")]
    [InlineData("Die nieuwe werkinstructie maakt ons team kapot.")]
    [InlineData("Ze wil dood graag haar diploma halen.")]
    [InlineData("Het kind is niet alleen thuis geweest; oma was er de hele tijd.")]
    [InlineData("De dreiging van geweld is verdwenen sinds het gezin is verhuisd.")]
    [InlineData("Mevrouw gaf haar oude kleren weg aan de kringloop omdat ze verhuist.")]
    public void Denials_suppositions_other_senses_and_the_past_are_no_danger(string text) =>
        Assert.False(_detector.Detect(text).Found, text);

    [Fact]
    public void A_conditional_threat_is_real_even_though_it_has_an_if()
    {
        Assert.True(_detector.Detect("Ze zegt dat ze zich van kant maakt als haar kinderen worden weggehaald.").Found);
        Assert.False(_detector.Detect("Als iemand zegt dat hij zich van kant maakt, bel ik 113.").Found);
    }

    [Fact]
    public void A_negation_outside_the_embedded_clause_does_not_deny_it()
    {
        Assert.True(_detector.Detect("Ik kan niet uitsluiten dat hij zichzelf iets aandoet.").Found);
        Assert.False(_detector.Detect("Er zijn geen aanwijzingen dat hij zichzelf iets aandoet.").Found);
    }

    // Told by what is done rather than by its name: one sentence of our own for each family of the concept rules.
    [Theory]
    [InlineData("De jongen brandt zichzelf met sigaretten op zijn arm.", DangerKinds.Suicide)]
    [InlineData("She keeps burning herself with a lighter at night.", DangerKinds.Suicide)]
    [InlineData("Hij heeft zijn polsen weer opengekrabd met zijn nagels.", DangerKinds.Suicide)]
    [InlineData("De man op cel 4 slaat al een uur met zijn hoofd tegen de muur.", DangerKinds.Suicide)]
    [InlineData("Een gedetineerde heeft twee batterijen ingeslikt.", DangerKinds.Suicide)]
    [InlineData("Uit protest heeft hij zijn mond dichtgenaaid.", DangerKinds.Suicide)]
    [InlineData("Ze heeft al haar pillen klaargelegd en zegt dat dit haar laatste gesprek is.", DangerKinds.Suicide)]
    [InlineData("Meneer zei dat hij morgen op het spoor gaat liggen.", DangerKinds.Suicide)]
    [InlineData("He left a note for his sister 'for after'.", DangerKinds.Suicide)]
    [InlineData("Ze mailde: by the time you read this, it will be over.", DangerKinds.Suicide)]
    [InlineData("Hij zei dat hij zijn buurman koud maakt.", DangerKinds.Violence)]
    [InlineData("Er staat een prijs op het hoofd van haar broer.", DangerKinds.Violence)]
    [InlineData("There is a contract out on her cousin.", DangerKinds.Violence)]
    [InlineData("Vannacht is de woning van mijn cliënte beschoten.", DangerKinds.Violence)]
    [InlineData("In de flat hoorden we een man die om hulp riep.", DangerKinds.Violence)]
    [InlineData("Twee gedetineerden vechten nu op de luchtplaats.", DangerKinds.Violence)]
    [InlineData("The caller said he knows my schedule.", DangerKinds.Staff)]
    [InlineData("Iemand heeft de huisadressen van onze boa's online gezet.", DangerKinds.Staff)]
    [InlineData("Vader heeft het kind na het weekend niet teruggebracht.", DangerKinds.Child)]
    [InlineData("De peuter is sinds vanmiddag nauwelijks aanspreekbaar.", DangerKinds.Child)]
    [InlineData("Ik krab mezelf elke avond open.", DangerKinds.Suicide)]
    [InlineData("In zijn cel hangt een laken aan de haak bij het raam.", DangerKinds.Suicide)]
    [InlineData("De bezoeker riep dat hij straks terugkomt met een paar vrienden.", DangerKinds.Violence)]
    [InlineData("Hij zei dat hij de eerste agent die hij ziet neersteekt, of anders schiet hij de wijkagent neer.", DangerKinds.Violence)]
    [InlineData("Ze heeft een scherf van een spiegel tegen haar eigen pols gezet en laat niemand binnen.", DangerKinds.Suicide)]
    [InlineData("He is pressing a razor to his own throat in the waiting room.", DangerKinds.Suicide)]
    [InlineData("Ik sta bij het spoor en ik denk aan springen.", DangerKinds.Suicide)]
    [InlineData("My colleague told me she keeps thinking about jumping when the train comes in.", DangerKinds.Suicide)]
    public void Danger_told_by_what_is_done_is_found_with_its_kind(string text, string kind)
    {
        var finding = _detector.Detect(text);

        Assert.True(finding.Found, text);
        Assert.Contains(kind, DangerKinds.Names(finding.Kinds));
    }

    // Frames that new writers put danger words in: their own laugh, a team day, a history, the newspaper, guidance.
    [Theory]
    [InlineData("Mijn manager maakt me af als ik die stukken niet op tijd heb haha.")]
    [InlineData("He joked that he would murder the coffee machine.")]
    [InlineData("Voor de teamdag schrijven we een casus: een bezoeker bedreigt de baliemedewerker.")]
    [InlineData("Hij heeft een geschiedenis van zelfbeschadiging en doet het nu goed.")]
    [InlineData("In de krant stond dat het geweld tegen buschauffeurs toeneemt.")]
    [InlineData("Is there guidance on domestic violence for probation officers?")]
    [InlineData("Ik heb mijn nieuwe adres onder de brief gezet en mijn huisadres op het formulier.")]
    [InlineData("We zitten met dit dossier op het goede spoor.")]
    [InlineData("Hij heeft zich gebrand aan de koffie.")]
    [InlineData("Ze vechten voor hun recht op een verblijfsvergunning.")]
    [InlineData("Mijn buurman zegt dat hij die printer gaat wurgen.")]
    [InlineData("Vorige week kreeg ik een dreigmail, de afzender is opgepakt.")]
    [InlineData("People often say they would rather die than go back; how do I weigh that?")]
    [InlineData("Hij schoot het voorstel neer in het overleg.")]
    [InlineData("Waar registreren we meldingen over zelfbeschadiging, in het signaalregister of in het dossier?")]
    [InlineData("The team discussed the inspection report on self-harm in youth custody.")]
    [InlineData("We want a protocol for what to do when a visitor threatens violence at the gate.")]
    [InlineData("Nieuws: in een Belgische gevangenis heeft een man zich opgehangen. Hoe praten we daarover met onze bewoners?")]
    [InlineData("Een bewoner met een zelfmoordverleden vraagt om een stropdas voor de rechtszitting.")]
    [InlineData("Tijdens het rollenspel speelt de docent een bezoeker die de portier bedreigt.")]
    [InlineData("He threatened to take the matter to the press and to sue the municipality.")]
    [InlineData("Ze dreigde een klacht in te dienen en naar de media te stappen.")]
    public void Frames_new_writers_use_are_no_danger(string text) =>
        Assert.False(_detector.Detect(text).Found, text);

    // Frames that keep a danger word from being acute: frustration about a thing, an idiom of degree, figures compared,
    // a work instruction, a legal question, a country report, "not acute" said outright, "het is niet zo dat", and a
    // danger set in the past or resolved.
    [Theory]
    [InlineData("Ik zie het echt niet meer zitten met dat rooster voor de feestdagen.")]
    [InlineData("Die vergadering was om je dood te ergeren.")]
    [InlineData("Q3 figures: 57 incidents of violence against officers, up from 41.")]
    [InlineData("Dit kwartaal 31 meldingen van agressie tegen personeel, gestegen van 22 vorig kwartaal.")]
    [InlineData("De nieuwe werkinstructie over dreiging met geweld tegen baliemedewerkers staat op intranet.")]
    [InlineData("The new work instruction on threats against staff is on the intranet.")]
    [InlineData("Wanneer is medeplegen van mishandeling juridisch bewezen?")]
    [InlineData("What is the legal test for taking part in violence under article 1F?")]
    [InlineData("Het ambtsbericht over Eritrea beschrijft martelingen en geweld in detentie.")]
    [InlineData("Bedreigingen in zijn dorp staan beschreven, maar dat is niet acuut; het gaat om de leges.")]
    [InlineData("Het is niet zo dat ze zichzelf iets wil aandoen; dat zegt ze zelf ook.")]
    [InlineData("It is not the case that he wants to kill himself, the doctor says.")]
    [InlineData("She used to cut herself at boarding school, but that was twenty years ago.")]
    [InlineData("Hij heeft ooit gedreigd zijn buurman neer te steken, maar dat was in 2016; ze zijn nu vrienden.")]
    [InlineData("The file from 2019 mentions threats by his uncle; he now lives safely in Zwolle.")]
    [InlineData("Na de steekpartij bij het station van twee jaar geleden staat er nu een monument.")]
    public void Frames_that_make_a_danger_word_not_acute_are_no_danger(string text) =>
        Assert.False(_detector.Detect(text).Found, text);

    // Dangers without a danger word: a sick child kept from care, a child sleeping out in the cold, someone arranging
    // what happens after their death, staff shown in public as targets.
    [Theory]
    [InlineData("Het zieke kindje met hoge koorts krijgt geen dokter te zien.", DangerKinds.Child)]
    [InlineData("The baby with a fever has not seen a doctor for three days.", DangerKinds.Child)]
    [InlineData("Een meisje van 15 slaapt al een week in het park en vannacht gaat het vriezen.", DangerKinds.Child)]
    [InlineData("A 13-year-old boy is sleeping in a doorway and it is freezing tonight.", DangerKinds.Child)]
    [InlineData("Hij wil weten of zijn lichaam naar Marokko gaat als hij er niet meer is.", DangerKinds.Suicide)]
    [InlineData("She asked who will take care of her funeral when she is gone.", DangerKinds.Suicide)]
    [InlineData("Op een spandoek bij de poort staan de namen van twee bewaarders met het woord moordenaars.", DangerKinds.Staff)]
    [InlineData("Someone posted photos of our officers online calling them traitors.", DangerKinds.Staff)]
    public void Danger_without_a_danger_word_is_found_with_its_kind(string text, string kind)
    {
        var finding = _detector.Detect(text);

        Assert.True(finding.Found, text);
        Assert.Contains(kind, DangerKinds.Names(finding.Kinds));
    }
}
