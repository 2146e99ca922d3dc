namespace CasuistiekBot.Tests.Privacy;

/// <summary>
/// The annotated sets besides scrub-eval.jsonl, each with the bar it must keep. A set is written before the rules it
/// measures; as long as nobody has tuned on it, its bar is what it measured once, and its misses are left alone. Once it
/// has been reported, it may be tuned on and its bar becomes complete. To add a new held-out set: put its file in this
/// folder and add a row with the figures of its one measurement, e.g.
/// <c>("scrub-heldout-5.jsonl", new ScrubBar(Name: 0.95, Address: 1.0, Postcode: 1.0, BirthDate: 0.9, Document: 0.9, FalseReplacements: 1))</c>,
/// with a comment saying when and by whom it was written and what it measured.
/// </summary>
internal static class ScrubEvaluationSets
{
    public static IReadOnlyList<(string File, ScrubBar Bar)> All { get; } =
    [
        // 104 sentences written with the second held-out set, for the word-list rules; tuned on from the start.
        ("scrub-tuning.jsonl", ScrubBar.Complete),

        // 131 hard sentences written first and committed before any rule changed. Before (the scrubber of that commit):
        // NAAM 49.3% (37/75), GEBOORTEDATUM 30.0% (3/10), ADRES 62.5% (5/8), DOCUMENT 28.6% (2/7), VNUMMER 66.7% (2/3),
        // BSN, IBAN, TELEFOON, EMAIL, POSTCODE 100%; 2 false replacements. After the word-list rules, measured once: every
        // kind 100%, 2 false replacements: "van Sanjay Ramautar" (after the label "naam", "van" was not skipped; fixed
        // after that run, so that fix is not blind) and "Amnesty" (an organisation unknown to the lists before "belden";
        // gone with the organisation and place files of issue 12 point 7). The name lists were written by the author of
        // this set, so they share names with it: UnseenNameEvaluationTests gives the figure for names the lists have never
        // seen. Without the word list (the fallback): names 73.3%, the other kinds 100%, 2 false replacements.
        ("scrub-heldout-2.jsonl", ScrubBar.Complete),

        // 145 sentences written by someone who had read neither the scrubber nor its lists nor any other set, measured
        // once after every rule of issue 12 was in. Its blind result: NAAM 91.7% (88/96), GEBOORTEDATUM 86.7% (13/15),
        // DOCUMENT 70.0% (7/10), ADRES, POSTCODE and every structured number 100%; 3 false replacements ("Ukrainian",
        // "Protection Board", and "asked whether" taken along with a name). After that run it was reported and tuned on:
        // each miss was traced to a class (birth-date plurals and lists, document labels and a "nummer" further in the
        // clause, names after initials and particles, street-like family names, register forms "ZAKHAROV, TIMUR", lower-case
        // given names after kinship words, English demonyms and institutions) and the class was covered, with unit tests
        // of its own. Now every kind is complete with no false replacement, partly through the lists: the Spanish and
        // Portuguese given names and surnames added for that work include names of this set ("Juan"). With every name
        // of this set taken out of the lists, names went from 86.5% (83/96) to 91.7% (88/96).
        ("scrub-heldout-3.jsonl", ScrubBar.Complete),

        // 182 sentences (120 with personal data, 62 negatives) written by someone who had seen neither the scrubber, its
        // lists nor any other set, committed before the held-out-3 work changed the rules; measured once after that work:
        // NAAM 90.9% (80/88), GEBOORTEDATUM 83.3% (15/18), DOCUMENT 81.8% (9/11), ADRES 87.5% (14/16), POSTCODE 87.5%
        // (7/8), every structured number 100%; 1 false replacement ("S. van Mesdag", part of a clinic's name). After that
        // run it was reported and tuned on, so these figures are no longer blind: each miss was traced to a class (a birth
        // mark "°", a date a birth date or age is set or corrected to, a place of several words before "geboren"; the
        // abbreviation "vbd" and digits-only driving licence numbers; four-digit house numbers that are no year, a postcode
        // in brackets or in lower case, streets abroad that open with their street word; possessives without an
        // apostrophe, "van der" after a role word, institution words after initials and "van 't", the register forms
        // "KOÇ, A." and "Koç, Ahmet", a person spoken to after "zeg tegen", a given name that is a word opening a sentence
        // about a person, a name after an opening quote; names of institutions named after a person) and the class was
        // covered, with unit tests of its own. Now every kind is complete with no false replacement.
        ("scrub-heldout-4.jsonl", ScrubBar.Complete),

        // 172 sentences (108 with personal data, 64 negatives) written blind from the domain text by someone who had seen
        // neither the scrubber, its lists nor any other set, committed before the held-out-4 work changed the rules, and
        // measured once after that work: NAAM 88.5% (100/113), ADRES 87.5% (14/16), GEBOORTEDATUM 89.5% (17/19), DOCUMENT
        // 63.6% (7/11), POSTCODE and every structured number 100%; 1 false replacement (the possessive "'s" taken along
        // with "Kerem Aydın"), none in the negatives. Below the goal of 95%; the bar was that run. Measured once at those
        // figures; then tuned on: document numbers shaped as capitals and digits a few words after a document keyword
        // ("staat W04571236", "pasnr doorgegeven: NW8K2LP41") and the labels "permit number", "ID no."; English feast days
        // in a birth date ("Christmas Day 2003"); what a document says in a sentence about birth ("in haar paspoort staat
        // 1 januari 1990"); number-first addresses after a word of place ("at 27 Kastanjelaan", "at 14 Rue des Lilas"); a
        // possessive "'s" left after a name; register forms with initials or a listed given name after the comma
        // ("KANHAI, A.S.", "KOWALCZYK, MAREK", "Van den Berg, Anne-Marie"). Now: ADRES, GEBOORTEDATUM and DOCUMENT 100%,
        // NAAM 91.2% (103/113: lower-case names, bare given names and a name in capitals without a register comma left),
        // no false replacement. The held-out-6 rules raised NAAM to 94.7% (107/113) without tuning on this set, the
        // held-out-9 rules to 96.5% (109/113).
        ("scrub-heldout-5.jsonl", new ScrubBar(Name: 0.964, Address: 1.0, Postcode: 1.0, BirthDate: 1.0, Document: 1.0, FalseReplacements: 0)),
        // The sixth held-out set (190 sentences, 118 with personal data, 72 without) was written by someone who saw only
        // the domain text and the seeds, committed before anything was tuned on it, and measured once: NAAM 84.4%
        // (103/122), ADRES 66.7% (8/12), GEBOORTEDATUM 93.8% (15/16), DOCUMENT 80.0% (8/10), POSTCODE, BSN, IBAN,
        // TELEFOON and EMAIL 100%, but VNUMMER 62.5% (5/8): a V-number after a bare "v" and the second number of a list
        // ("V-nummer: … en …") slipped through. 3 false replacements (1 in the negatives: a former prime minister).
        // Then tuned on: each miss was traced to a class and covered by a general rule with unit tests of its own (a family
        // name in capitals after a role word, "DE BOER, Klaas", "WAIS, Ahmad Shah" and the Chinese order "LIU Wei"; a family
        // name that is a word opening a clause about a person, "Visser heeft …, maar hij …"; a word no list knows as the
        // subject of such a clause or with an age, "Mahlet is 17"; a lower-case given name opening one; a name after a verb
        // of naming, "genaamd de Groot", "noemt hem Johnny"; "Van der Meulen"; a name joined by "en" to a name or to "haar
        // man"; a name repeated in the text; a room or letter after the house number and "address, 14B Parkweg"; the
        // wrong date after "ipv"; "nummer was …" and ": nr. …" after a document keyword; no lower-case English verb after a
        // capitalised name, no adjective of nationality). Now every kind 100% (NAAM 122/122), 1 false replacement: "Rutte",
        // a public figure, left alone, since a list of well-known people would be a list of examples, not a rule.
        ("scrub-heldout-6.jsonl", new ScrubBar(Name: 1.0, Address: 1.0, Postcode: 1.0, BirthDate: 1.0, Document: 1.0, FalseReplacements: 1)),
        // The seventh held-out set (200 sentences, 140 with personal data, 60 without; 157 names of many origins) was written
        // by someone who saw only the domain text and the seeds, committed before anything was measured or tuned on it, and
        // measured once: NAAM 87.3% (137/157), ADRES 87.5% (7/8), POSTCODE 66.7% (4/6), GEBOORTEDATUM 66.7% (8/12),
        // DOCUMENT, BSN, IBAN, TELEFOON and EMAIL 100%, but VNUMMER 80.0% (4/5); 3 false replacements (1 in the negatives).
        // Below the goal of 95% for names. A structured number slipped, so its row waited until that class was covered.
        // Then tuned on, so the figures below are tuning figures, not blind ones: each miss was traced to a class and
        // covered by a general rule with unit tests of its own (HeldOutSevenClassTests): Chinese names with the family
        // name first ("Liu Yang": a listed family name of one Pinyin syllable and a given name of one or two); Surinamese-
        // Chinese names joined by "A" ("Tjon A Fong"); Berber names after "Ait"; family names in capitals without a given
        // name (a double name "MULDER-OOSTERHUIS", a run "HAILEMARIAM GEBRE"); a name before a spoken possessive ("Ramin
        // zijn telefoonnummer"), with an age in brackets ("Darya (Afghaanse, 15)"), as the person a worker acted on ("ik
        // heb Mevlüt doorverwezen", "kun je Dewi even bellen"), after "hij is" before a description, as a party against an
        // authority ("de zaak Tekle vs. IND"), asked about and answered as a person ("Tjon? ja die ken ik"); an age hedged
        // after "is" ("yonas is volgens eigen zeggen 17"); "and her mother" like "en haar man"; a listed family name after a
        // particle joined to a name ("de Vries en Bakker"); "Van Dijk van de gemeente"; an abbreviation ending in a capital
        // is no name word ("Soraya van de RvR"); office holders named in their office stay ("staatssecretaris Van der
        // Burg"); a year or date in brackets after a name is a birth date ("(1998)", "(04/08/1990)"); dates in words
        // ("twintig april negentien vijfentachtig"); a lower-case postcode with a space before a place ("5611 gh"); a
        // postbus given as a person's address with its postcode; ten digits in brackets after a name in a migration
        // context as a V-number. The lists grew with the most common Chinese family names (Liu, Wang and Lin among them)
        // and Levantine girls' names (Lama among them). After that: NAAM 99.4% (156/157: "Sofia Kovalenko, 8,", a place
        // as the given name, left), GEBOORTEDATUM 91.7% (11/12: a date a person was wrongly registered with, "op 9 januari
        // 1962 geregistreerd … hij is van 1926", left), every other kind 100%, no false replacement ("in de JJI" after
        // "naam X," is gone: a preposition after the comma opens no given names). The same work raised scrub-heldout-5
        // NAAM from 94.7% to 95.6% (108/113); scrub-heldout-6 stays at 122/122 with its 1 false replacement.
        ("scrub-heldout-7.jsonl", new ScrubBar(Name: 0.993, Address: 1.0, Postcode: 1.0, BirthDate: 0.916, Document: 1.0, FalseReplacements: 0)),
        // 200 sentences (145 with personal data, 55 negatives) written blind from the domain text by someone who had seen
        // neither the scrubber, its lists nor any other set, committed before anything was measured on it, and measured
        // once on the scrubber after the held-out-7 work: NAAM 91.7% (199/217), GEBOORTEDATUM 88.9% (16/18), DOCUMENT 66.7%
        // (4/6), VNUMMER 83.3% (5/6: a second ten-digit number after "staat" in a sentence that labelled the first),
        // ADRES, POSTCODE and the other structured numbers 100%; 1 false replacement ("Admiraal" in the name of a game).
        // Below the goal of 95% for names. Then tuned on, so the figures below are tuning figures and the set is no longer
        // blind: each miss was traced to a class and covered by a general rule with unit tests of its own
        // (HeldOutEightClassTests): a given name that is also a word before a family name no list knows, set off by commas
        // or opening an English clause about a person ("betrokkene, Ebo Ansah, verklaart", "Adem Hoxha is from"); a run
        // of unknown words before a people or language ("Mirela Stanciu, Romanian,") or after "kijken naar"; a listed
        // given name before an unknown word counts as a word of the run; Vietnamese names with their middle name ("Le Van
        // Duc"); the given name of a found name found again alone ("Hussain wants", "Ebo heeft"); "wordt" in a clause
        // about a person ("Siddiqui wordt … uitgezet, zijn zoon"); family names that open the items of a list of families;
        // "mr" without a full stop; the one cared for ("de zorg voor Jayden"); a self-introduction ("ik ben Goran"); a
        // role word, a particle and a family name ("gedetineerde de Wit"); a name before an apposition of a relation ("De
        // Boer, de stiefvader,"); a name before a verb of naming, also after an institution word ("in het AZC Ahmad wordt
        // genoemd"); a given name with an initial ("'Eyob G.'"); a capitalised ordinary word listed with other ordinary
        // words is no name ("Koning, Keizer, Admiraal"); a passport number with a series ("nr. 75 4812935") and "document
        // no."; a second ten-digit number in a sentence about a V-number; a date on a taskira in a sentence about age and
        // a birthday's day and month ("op zijn 18e verjaardag, 4 april"). After that every kind 100% (NAAM 217/217), no
        // false replacement; every other set kept its figures and lost none of its false-replacement bar.
        ("scrub-heldout-8.jsonl", new ScrubBar(Name: 1.0, Address: 1.0, Postcode: 1.0, BirthDate: 1.0, Document: 1.0, FalseReplacements: 0)),
        // 200 sentences (145 with personal data, 55 negatives, 285 names) written blind from the domain text by someone who
        // had seen neither the scrubber, its lists nor any other set, committed before anything was measured on it, and
        // measured once after the held-out-8 work: NAAM 91.3% (294/322), GEBOORTEDATUM 83.3% (20/24), DOCUMENT 87.5% (7/8),
        // ADRES, POSTCODE and every structured number 100%; 8 false replacements, 4 of them in negatives: demonyms
        // ("Braziliaan", "Hongaar"), "Wilhelmus", "Groen", and a word taken along with a name ("Inmate", "Father").
        // Below the goal of 95% for names and of no false replacement. Then tuned on, so the figures below are tuning
        // figures and the set is no longer blind: each miss and false replacement was traced to a class and covered by a
        // general rule with unit tests of its own (HeldOutNineClassTests, sentences not from the set). False replacements:
        // the word for a person of a country, found from the countries of places.txt with Dutch and English endings
        // (Demonyms: "Braziliaan", "Hongaren", "Eritreeër", "syriër", "Korean") and the irregular ones in the peoples file
        // ("Pool", "Rus", "Somali"); roles and offices before a name never part of it ("Inmate", "Father", "Imam"); an
        // apostrophe that closes a quotation is no possessive ("'Het Wilhelmus' en"); a quoted word is weighed like the
        // first word of a sentence ("the 'Groen' button"); a name after an article names a thing ("een Rembrandt", "de
        // boot, de Gerarda Maria"). Misses: register lines ("Fernandes, Ana Paula", "Mbeki, Thandiwe, geb.", "EL IDRISSI
        // Khadija", "'RINALDI BOS, G.'", "KHAN / Shahid /"); a compact birth date "19870312" after a birth keyword and a
        // full date as a field of a person's record before another field ("Abebe Girma, 04-04-2004, BSN …"); a document
        // number with its keyword after it ("Y04418237 (verblijfsdocument)"); a lower-case particle opening a sentence
        // before a listed family name and a finite verb ("de Vries heeft"); a listed family name repeated ("Vos"), a name
        // in lower case repeated ("bouzid"), a two-letter given name repeated ("Ma"); a nationality in brackets after a
        // word ("samuel (congolees)", "Klaas (ja, een Nederlander)"); a word no list knows opening a sentence before a
        // verb only people do ("tesfay woont op"); "klant" as a role word and capitalised particles after a role word
        // ("klant Van Rooij"); a relation and a name between commas ("The mother, Fadumo,"); an English word as a given
        // name after a role word before a family name ("Our client Hope Adjei"); Korean given names ("Ji-woo Park"); a
        // capitalised Arabic particle ("El Mouden"); two unknown words joined by "en" as the subject of a plural verb
        // about people ("Chinonso en Chidinma zijn een tweeling"). The lists grew with common Korean and South Asian
        // family names (Park is no entry, Khan is) and René. After that: NAAM 99.1% (319/322: "Mirela en Dorin Moldovan",
        // a family name that is also the English word for a Moldovan, and "Can Yildiz", "Can" being an English word, left),
        // every other kind 100%, no false replacement.
        ("scrub-heldout-9.jsonl", new ScrubBar(Name: 0.99, Address: 1.0, Postcode: 1.0, BirthDate: 1.0, Document: 1.0, FalseReplacements: 0)),
        // 200 sentences (145 with personal data, 55 negatives, 218 names), written blind from the domain text and committed
        // before anything was measured on it, measured once after set 9 was tuned on: NAAM 95.4% (208/218), GEBOORTEDATUM
        // 100% (30/30), ADRES 88.0% (22/25: Frisian and two-word streets "Tsjerkepaed 5", "Oude Gracht 140", "Zuiderdiep
        // 112a"), DOCUMENT 94.7% (18/19: "Ethiopisch ID ET7719302"), VNUMMER 90% (9/10), every other structured number 100%;
        // 2 false replacements, none in negatives ("taskara", "Sri Lankan Tamil"). Names meet the 95% goal; the structured
        // numbers and no false replacement do not. The one V-number missed ("het verkeerde V-nummer. Het juiste is
        // 7455031592.") led to a general rule afterwards: a V-number named without its number takes a ten-digit number
        // without a leading zero in that sentence or the next. The other bars are that run.
        ("scrub-heldout-10.jsonl", new ScrubBar(Name: 0.954, Address: 0.88, Postcode: 1.0, BirthDate: 1.0, Document: 0.947, FalseReplacements: 2)),
    ];
}
