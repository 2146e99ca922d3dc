namespace CasuistiekBot.Tests.Privacy;

// The classes the ninth held-out set showed the scrubber getting wrong, each with sentences of its own (none of them from
// the set). False replacements first: what is no personal data must stay word for word.
public sealed class HeldOutNineClassTests
{
    [Theory]
    [InlineData("De aanvraag van Tomasz Nowak, Pool, ligt al een jaar stil.", "Pool")]
    [InlineData("Haar buurman is een Keniaan die haar helpt met de brieven.", "Keniaan")]
    [InlineData("Twee Afghanen en een Eritreeër wachten op hun gehoor.", "Afghanen")]
    [InlineData("Twee Afghanen en een Eritreeër wachten op hun gehoor.", "Eritreeër")]
    [InlineData("De advocaat van Milan Petrović, Serviër, vraagt om uitstel.", "Serviër")]
    [InlineData("The applicant, a Somali, was heard without an interpreter.", "Somali")]
    [InlineData("Zijn Poolse werkgever betaalt het loon niet uit.", "Poolse")]
    [InlineData("Hij woont bij een Colombiaan in Utrecht.", "Colombiaan")]
    [InlineData("A Ukrainian and two Moroccans shared the cell.", "Moroccans")]
    public void Words_for_a_person_of_a_country_stay(string text, string word) => Assert.Contains(word, Scrub.Text(text));

    [Theory]
    [InlineData("Inmate Piotr Zalewski asked for a transfer.", "Inmate", "Piotr Zalewski")]
    [InlineData("Imam Yusuf Demirtaş bezoekt de PI elke vrijdag.", "Imam", "Demirtaş")]
    [InlineData("Officer Kateryna Bondar took the statement.", "Officer", "Bondar")]
    [InlineData("Sister Abeba Gebremariam from the shelter called.", "Sister", "Gebremariam")]
    public void A_role_before_a_name_stays_and_the_name_goes(string text, string role, string name)
    {
        var scrubbed = Scrub.Text(text);
        Assert.StartsWith(role + " ", scrubbed);
        Assert.DoesNotContain(name, scrubbed);
    }

    [Theory]
    [InlineData("Op de afdeling wordt 'Het Wilhelmus' gezongen bij de opening van het jaar.")]
    [InlineData("The button says 'Groen' and people think it is a surname.")]
    [InlineData("Klik op 'Groen licht' om de aanvraag goed te keuren.")]
    [InlineData("Zijn vader vaart op een kotter, de Johanna Maria, vanuit Den Helder.")]
    [InlineData("Ze hing een Rembrandt in haar cel, een afdruk uit een tijdschrift.")]
    [InlineData("Het lied 'Lang zal ze leven' mocht niet gezongen worden.")]
    public void Quoted_words_and_things_after_an_article_stay(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("Idris' zus belde vanochtend.", "Idris")]
    [InlineData("Hij zei: 'Idris' zus belt morgen'.", "Idris")]
    public void A_possessive_apostrophe_still_marks_a_name(string text, string name) => Assert.DoesNotContain(name, Scrub.Text(text));

    [Theory]
    [InlineData("Naam: Oliveira, Maria Clara | geboren 02/03/1999", "Oliveira, Maria Clara")]
    [InlineData("Reg.: Nkosi, Sipho, geb. 3-5-1980, nat. Zuid-Afrikaans.", "Nkosi")]
    [InlineData("Reg.: Nkosi, Sipho, geb. 3-5-1980, nat. Zuid-Afrikaans.", "Sipho")]
    [InlineData("In het register staan ze als AMRANI Youssef en EL HADDOUCHI Samira.", "EL HADDOUCHI Samira")]
    [InlineData("In ons systeem staat hij als MORETTI DE BOER, L. en dat klopt niet.", "MORETTI DE BOER")]
    [InlineData("Uit het systeem: HUSSAINI / Ahmad / Vaartweg 12 / 3511 AB", "HUSSAINI")]
    public void Register_lines_are_names(string text, string name) => Assert.DoesNotContain(name, Scrub.Text(text));

    [Theory]
    [InlineData("Uit het register: \"BAKARI, Amina; geb. 19910704; nat. TZA\".", "19910704")]
    [InlineData("Ter info: Selam Tesfamariam, 12-06-1996, BSN 111222333.", "12-06-1996")]
    [InlineData("Vraag: Kofi Mensah (Ghana, 03-10-1988, V-nr 2210999999) heeft geen opvang.", "03-10-1988")]
    [InlineData("Gekopieerd: OKAFOR / Emeka / 17-01-1979 / Dorpsstraat 4 / 5611 AB", "17-01-1979")]
    public void Birth_dates_in_registers_and_records_are_found(string text, string date) => Assert.DoesNotContain(date, Scrub.Text(text));

    [Theory]
    [InlineData("Overleg met mevrouw Bakker, 12-03-2026, in de PI over de planning.", "12-03-2026")]
    [InlineData("De zitting is op 20250312 gepland; geboortedatum onbekend.", "20250312")]
    [InlineData("Termijn: Jansen, 01-06-2026, daarna besluit.", "01-06-2026")]
    public void Dates_of_meetings_and_deadlines_stay(string text, string date) => Assert.Contains(date, Scrub.Text(text));

    [Theory]
    [InlineData("Gegevens: Nkosi, Sipho, X82M41927 (paspoort), woont in Arnhem.", "X82M41927")]
    [InlineData("Nummer NW8K2LP41 (verblijfsdocument) is verlopen.", "NW8K2LP41")]
    public void A_document_number_named_after_it_is_found(string text, string number) => Assert.DoesNotContain(number, Scrub.Text(text));

    [Theory]
    [InlineData("de Boer heeft een schuld bij het CJIB van € 2.000.", "de Boer")]
    [InlineData("van der Linden is 84 en woont alleen.", "van der Linden")]
    [InlineData("De Haan zit al drie maanden in voorarrest.", "De Haan")]
    [InlineData("klant Van Dam heeft twee keer betaald. Van Dam wil zijn geld terug.", "Van Dam")]
    [InlineData("de heer Kees Visser belde. Visser heeft geen inkomen meer.", "Visser")]
    public void Family_names_with_particles_or_repeated_are_found(string text, string name) => Assert.DoesNotContain(name, Scrub.Text(text));

    [Theory]
    [InlineData("Dat is de Raad van State. de Raad heeft beslist.")]
    [InlineData("De Staat heeft het beroep verloren.")]
    public void Institutions_after_an_article_stay(string text) => Assert.Equal(text, Scrub.Text(text));

    [Theory]
    [InlineData("daniel (congolees) stond vanmorgen aan de balie.", "daniel")]
    [InlineData("yohannes (eritreeër) heeft geen opvang.", "yohannes")]
    [InlineData("Pieter (ja, een Nederlander) is 70 en dakloos.", "Pieter")]
    [InlineData("omar haddad dus. haddad zit al een jaar zonder uitkering.", "haddad")]
    [InlineData("Ik sprak mevrouw Wu Fang. Wu is 80 en spreekt alleen Mandarijn.", "Wu")]
    [InlineData("The father, Abdirahman, was not heard.", "Abdirahman")]
    [InlineData("Our client Grace Owusu was refused twice.", "Grace Owusu")]
    [InlineData("Min-jun Choi, a student, lost his permit.", "Min-jun Choi")]
    [InlineData("El Hamdaoui (met een hoofdletter E) wacht op zijn uitkering.", "El Hamdaoui")]
    [InlineData("klant Van Dijk belt elke dag over zijn toeslag.", "Van Dijk")]
    [InlineData("DJI: Sören Mulder moet na 8 jaar uit de kliniek.", "Sören")]
    [InlineData("abdullahi woont op een camping bij Apeldoorn, zonder inschrijving.", "abdullahi")]
    [InlineData("Jae-won Park, Korean, lost his residence permit.", "Jae-won Park")]
    [InlineData("Obinna en Adaeze zijn een tweeling van 9 en wonen bij hun tante.", "Obinna")]
    [InlineData("Obinna en Adaeze zijn een tweeling van 9 en wonen bij hun tante.", "Adaeze")]
    public void Names_in_lower_case_short_or_framed_by_the_sentence_are_found(string text, string name) => Assert.DoesNotContain(name, Scrub.Text(text));

    [Theory]
    [InlineData("De man (Syriër) en de vrouw (Iraakse) wachten op een besluit.")]
    [InlineData("Alpha en Omega zijn systemen die niet op elkaar aansluiten.")]
    [InlineData("In Kafr Nabl woonde de familie tot de oorlog.")]
    [InlineData("Hij keek naar Al Jazeera en las over Al Shabaab in Somalië.")]
    public void Ordinary_words_before_a_nationality_or_a_plural_verb_stay(string text) => Assert.Equal(text, Scrub.Text(text));
}
