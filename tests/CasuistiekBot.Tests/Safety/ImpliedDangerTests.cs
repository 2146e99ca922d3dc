using CasuistiekBot.Safety;

namespace CasuistiekBot.Tests.Safety;

/// <summary>
/// The rules for dangers implied rather than named (<c>ImpliedDangerConcepts</c>) and the frames that keep their close
/// neighbours quiet, each with sentences of our own: none of them is a sentence of an evaluation set.
/// </summary>
public sealed class ImpliedDangerTests
{
    private readonly AcuteDangerDetector _detector = new();

    [Theory]
    [InlineData("Hij schonk zijn fiets aan een medebewoner, die heeft hij volgens hem toch niet meer nodig.", DangerKinds.Suicide)]
    [InlineData("She handed her jewellery to her niece and said she won't need it where she is going.", DangerKinds.Suicide)]
    [InlineData("Mevrouw zegt dat het voor haar allemaal niet meer hoeft.", DangerKinds.Suicide)]
    [InlineData("Ik vroeg hoe het ging en hij zei alleen: het hoeft allemaal niet meer.", DangerKinds.Suicide)]
    [InlineData("He said nobody would even miss him if he wasn't around anymore.", DangerKinds.Suicide)]
    [InlineData("Ze vroeg de beveiliger hoe hoog de parkeergarage hiernaast is.", DangerKinds.Suicide)]
    [InlineData("The client doesn't see the point of living since his wife left.", DangerKinds.Suicide)]
    [InlineData("Een broer van de aanvrager is mijn collega na het gehoor gevolgd tot aan de bushalte bij haar huis.", DangerKinds.Staff)]
    [InlineData("My colleague was followed all the way home by a man from the waiting room.", DangerKinds.Staff)]
    [InlineData("De bewoner heeft de medewerker bij haar arm vastgegrepen en liet niet los.", DangerKinds.Staff)]
    [InlineData("The visitor grabbed my colleague by the wrist and would not let go.", DangerKinds.Staff)]
    [InlineData("Ik word gebeld op mijn privénummer door steeds een andere onbekende stem.", DangerKinds.Staff)]
    [InlineData("Bij de visitatie is een lijst met adressen van medewerkers bij hem gevonden.", DangerKinds.Staff)]
    [InlineData("Het kindje van acht maanden is sterk vermagerd en de ouders houden de deur dicht.", DangerKinds.Child)]
    [InlineData("De moeder gaat al maanden niet meer met de baby naar het consultatiebureau.", DangerKinds.Child)]
    [InlineData("De jongen van 16 is door zijn stiefvader de deur uitgezet en slaapt in een trappenhuis.", DangerKinds.Child)]
    [InlineData("Het meisje van 13 is drugskoerier geworden voor oudere jongens uit de wijk.", DangerKinds.Child)]
    [InlineData("The girl is 15 and staff have seen her getting into a car with older men twice this week.", DangerKinds.Child)]
    [InlineData("Niemand weet wie er voor de kinderen zorgt.", DangerKinds.Child)]
    public void An_implied_danger_is_found_with_its_kind(string text, string kind)
    {
        var finding = _detector.Detect(text);

        Assert.True(finding.Found, text);
        Assert.Contains(kind, DangerKinds.Names(finding.Kinds));
    }

    [Theory]
    [InlineData("Ik gooi dat hele formulier nog eens het raam uit.")]
    [InlineData("De aanvrager werkte als boswachter in een gebied waar de olifant een bedreigde diersoort is.")]
    [InlineData("The interpreter said the word 'threatened' was used for the animals, not for a person.")]
    [InlineData("Die achterstand is een tikkende bom onder de hele organisatie.")]
    [InlineData("Hij nam afscheid van iedereen op de locatie, want hij krijgt eindelijk een huurwoning.")]
    [InlineData("Het formulier hoeft niet meer te worden ingevuld.")]
    [InlineData("De kinderen hoeven niet naar het consultatiebureau, ze zijn al ouder dan vier.")]
    [InlineData("We volgen de procedure tot aan de zitting precies.")]
    [InlineData("Bel me gerust op mijn privénummer als er iets is.")]
    [InlineData("We hebben een lijst met namen van medewerkers die mee willen doen aan de training.")]
    public void A_close_neighbour_of_an_implied_danger_is_no_alarm(string text)
    {
        Assert.False(_detector.Detect(text).Found, text);
    }
}
