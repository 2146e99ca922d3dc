using System.Collections.Frozen;
using CasuistiekBot.Privacy;
using CasuistiekBot.Privacy.Words;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Privacy;

// The scrubber here has empty name lists, so what it finds it finds on the rules alone: the way a name is written and
// the words around it. Needs the Dutch word list (scripts/test.sh installs wdutch).
public sealed class UnlistedNameTests
{
    private static readonly PersonalDataScrubber Scrubber = new(
        Options.Create(new PrivacyOptions { FingerprintKey = "unlisted-test-key-0123456789" }), Scrub.Words,
        new NameLists(FrozenSet<string>.Empty, FrozenSet<string>.Empty));

    private static string Text(string text) => Scrubber.Scrub(text, ScrubMemory.Create()).Text;

    [Theory]
    [InlineData("Katarzyna Wiśniewska werkt als uitzendkracht.", "[NAAM-1] werkt als uitzendkracht.")]
    [InlineData("Onze gedetineerde, Grzegorz Nowak, krijgt geen verlof.", "Onze gedetineerde, [NAAM-1], krijgt geen verlof.")]
    [InlineData("Aan de telefoon zei hij dat hij Mohammad Nabi Hotak heet.", "Aan de telefoon zei hij dat hij [NAAM-1] heet.")]
    [InlineData("Gisteren hebben Mulugeta Tadesse en zijn broer het azc verlaten.", "Gisteren hebben [NAAM-1] en zijn broer het azc verlaten.")]
    [InlineData("Khadija el Idrissi woont in Rotterdam.", "[NAAM-1] woont in Rotterdam.")]
    [InlineData("HÜSEYIN KAYA staat zo in de BRP.", "[NAAM-1] staat zo in de BRP.")]
    public void Two_capitalised_words_no_list_knows_are_a_name(string text, string expected) => Assert.Equal(expected, Text(text));

    [Theory]
    [InlineData("Het gaat om de zoon van dhr. Boukhari, Ilias, die vastzit.", "Het gaat om de zoon van dhr. [NAAM-1], [NAAM-2], die vastzit.")]
    [InlineData("K. Wolde-Giorgis kwam gisteren langs.", "[NAAM-1] kwam gisteren langs.")]
    [InlineData("Tekle's moeder ligt in het ziekenhuis.", "[NAAM-1]'s moeder ligt in het ziekenhuis.")]
    [InlineData("Bereikbaar via WhatsApp, vraag naar Ifeoma.", "Bereikbaar via WhatsApp, vraag naar [NAAM-1].")]
    [InlineData("Volgens ramsaroep is de brief nooit aangekomen.", "Volgens [NAAM-1] is de brief nooit aangekomen.")]
    [InlineData("Meneer el ouahabi heeft de aanmaning nooit ontvangen.", "Meneer [NAAM-1] heeft de aanmaning nooit ontvangen.")]
    [InlineData("Haar stiefzoon Berihun gaat naar school.", "Haar stiefzoon [NAAM-1] gaat naar school.")]
    [InlineData("Het dossier van Yousufzai ligt bij de IND.", "Het dossier van [NAAM-1] ligt bij de IND.")]
    [InlineData("Kowalczyk heeft geen vast adres.", "[NAAM-1] heeft geen vast adres.")]
    [InlineData("De brief aan Andriyenko kwam retour.", "De brief aan [NAAM-1] kwam retour.")]
    public void One_word_no_list_knows_is_a_name_where_its_writing_or_context_says_so(string text, string expected) => Assert.Equal(expected, Text(text));

    [Theory]
    [InlineData("Meldpunt Vreemdelingenbewaring en Amnesty belden allebei over dezelfde zaak.")]
    [InlineData("Volgens Amnesty International is Eritrea onveilig.")]
    [InlineData("Human Rights Watch publiceerde een rapport.")]
    [InlineData("Sierra Leone en Burkina Faso staan niet op de lijst.")]
    [InlineData("Hij komt uit Addis Abeba en woonde in Mekelle.")]
    [InlineData("Via Mijn IND kan hij zijn aanvraag volgen, zei de medewerker.")]
    [InlineData("Het Prinses Máxima Centrum heeft de jongen opgenomen.")]
    [InlineData("Eid Mubarak wenste hij ons allemaal.")]
    [InlineData("Tijdens Keti Koti was het loket dicht.")]
    [InlineData("Save the Children en War Child bieden hulp.")]
    [InlineData("The Legal Aid Board will contact you.")]
    [InlineData("Herat, Kandahar en Tizi Ouzou worden in het ambtsbericht genoemd.")]
    [InlineData("In Kafr Nabl woonde de familie tot 2015.")]
    [InlineData("Na overleg met Bureau Jeugdzorg Haaglanden is besloten.")]
    [InlineData("Ik heb mevrouw de brief uitgelegd.")]
    [InlineData("Zie bijlage B. Daarin staat alles.")]
    [InlineData("Amnesty's rapport is duidelijk.")]
    [InlineData("Ze verhuisden naar Częstochowa en later naar Katowice.")]
    [InlineData("Hij woonde in Jalalabad en Ghazni.")]
    public void Places_organisations_feasts_and_english_words_stay(string text) => Assert.Equal(text, Text(text));
}
