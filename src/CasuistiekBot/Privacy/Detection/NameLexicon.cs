namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// Capitalised words that are not person names in a casus (function words, months, institutions, laws, roles) and the
/// particles (tussenvoegsels) of names. Places and nationalities live in <see cref="PlaceLexicon"/>.
/// </summary>
internal static class NameLexicon
{
    public static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "de", "der", "den", "het", "'t", "’t", "te", "ten", "ter", "von", "vom", "zu", "du", "da", "di", "del", "della",
        "dos", "das", "do", "le", "la", "el", "al", "bin", "ben", "ibn", "abu", "bint", "ould", "ait", "aan", "in", "op", "uit",
        "bij", "onder", "over", "vd", "v.d.", "v/d", "mac", "mc", "st.", "af", "thoe", "tot",
    };

    /// <summary>Particles that only belong to a name when another particle follows ("in 't Veld", "op den Brouw").</summary>
    public static readonly HashSet<string> LeadingOnlyParticles = new(StringComparer.OrdinalIgnoreCase) { "in", "op", "aan", "uit", "bij", "onder", "over", "tot" };

    /// <summary>Particles that in today's Dutch occur in names only, never as an article or a preposition.</summary>
    public static readonly HashSet<string> NameOnlyParticles = new(StringComparer.OrdinalIgnoreCase) { "der", "den", "von", "vom", "dos", "della" };

    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        // Dutch and English function words and sentence openers
        "de", "het", "een", "en", "of", "maar", "want", "dus", "dat", "die", "dit", "deze", "daar", "hier", "er", "ook", "nog",
        "wel", "niet", "geen", "al", "toen", "nu", "dan", "als", "omdat", "zodat", "terwijl", "hoewel", "ik", "jij", "je", "u",
        "hij", "zij", "ze", "wij", "we", "jullie", "hun", "hen", "haar", "zijn", "mijn", "ons", "onze", "uw", "wie", "wat",
        "waar", "hoe", "waarom", "wanneer", "welke", "welk", "met", "voor", "na", "naar", "door", "tegen", "zonder", "sinds",
        "vanaf", "tijdens", "volgens", "vanwege", "namens", "via", "per", "om", "rond", "binnen", "buiten", "naast", "achter",
        "is", "was", "waren", "heeft", "hebben", "had", "wordt", "werd", "kan", "kon", "moet", "moest", "mag", "zal", "zou",
        "wil", "gaat", "ging", "komt", "kwam", "graag", "helaas", "verder", "daarna", "daarom", "echter", "bovendien",
        "vervolgens", "eerst", "ja", "nee", "oké", "ok", "hallo", "hoi", "beste", "geachte", "dag", "goedemorgen", "goedemiddag",
        "dank", "bedankt", "groet", "groeten", "vriendelijke", "misschien", "mogelijk", "inmiddels", "gisteren", "vandaag",
        "morgen", "zowel", "ofwel", "alle", "iedereen", "niemand", "iemand", "elke", "ieder", "geen", "veel", "weinig",
        "the", "a", "an", "and", "or", "but", "so", "this", "these", "those", "there", "he", "she", "they", "i", "you", "it",
        "his", "her", "their", "our", "my", "your", "who", "what", "where", "when", "why", "how", "which", "on", "at", "to",
        "for", "from", "of", "with", "by", "about", "after", "before", "during", "are", "were", "has", "have", "will", "would",
        "can", "could", "should", "may", "might", "please", "thanks", "dear", "hi", "hello", "regards", "yes", "no", "also",
        "i'm", "i’m", "i'll", "i've", "i'd", "don't", "it's", "that's", "we're", "they're", "legal",
        "mr", "mrs", "ms", "miss", "sir", "madam", "mw", "mevr", "mej", "dhr", "mnr", "hr", "fam", "dr", "drs", "ir", "prof", "ing",
        // months and days
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december", "january", "february", "march", "june", "july", "august", "october", "maandag", "dinsdag", "woensdag",
        "donderdag", "vrijdag", "zaterdag", "zondag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        // institutions, laws and the domain's own capitalised words
        "ind", "coa", "dji", "cjib", "avim", "kmar", "marechaussee", "politie", "rechtbank", "raad", "kinderbescherming",
        "justis", "nidos", "vluchtelingenwerk", "ggz", "ggd", "uwv", "svb", "belastingdienst", "toeslagen", "gemeente",
        "ministerie", "staatssecretaris", "minister", "kamer", "hof", "gerechtshof", "state", "afdeling", "rijksoverheid",
        "justitie", "veiligheid", "jenv", "spreekuur", "casus", "casuïstiek", "signaal", "signalen", "reclassering",
        "slachtofferhulp", "jeugdzorg", "stichting", "kruis", "unhcr", "iom", "eu", "unie", "dublin", "schengen", "eurodac",
        "frontex", "vreemdelingenpolitie", "immigratie", "naturalisatiedienst", "dienst", "terugkeer", "vertrek",
        "inrichting", "inrichtingen", "incassobureau", "rechtsbijstand", "advocaat", "detentiecentrum", "complex", "azc",
        "pi", "vreemdelingenwet", "vreemdelingenbesluit", "vreemdelingencirculaire", "vw", "vb", "vc", "awb", "wet", "artikel",
        "evrm", "ivrk", "kinderrechtenverdrag", "vluchtelingenverdrag", "grondwet", "teams", "microsoft", "outlook", "covid",
        "corona", "ramadan", "kerst", "pasen", "suikerfeest", "offerfeest", "islam", "god", "allah", "bijbel", "koran",
        "mt", "dg", "directie", "team", "sector", "unit", "noord", "zuid", "oost", "west", "midden", "nieuwe", "oude", "grote",
        "kleine", "eerste", "tweede", "derde", "hoofd", "juridische", "zaken", "uitvoering", "handhaving", "toezicht", "bureau",
        "centrum", "locatie", "opvang", "asielprocedure", "verblijfsvergunning", "hoorzitting", "gehoor", "rapport", "besluit",
        "beschikking", "uitspraak", "beroep", "bezwaar", "zitting", "rechter", "tolk", "arts", "psycholoog", "psychiater",
        "huisarts", "jeugdbeschermer", "voogd", "casemanager", "mentor", "medewerker", "coördinator", "inbrenger", "panel",
        "knopendoorhakteam", "moreel", "beraad", "veilig", "thuis", "leger", "heils", "rode", "wmo", "bsn", "iban", "cak",
        "duo", "rdw", "brp", "gba", "vog", "pdf", "whatsapp", "signal", "telegram", "facebook", "google", "teams-chat",
        "mevrouw", "meneer", "heer", "familie", "cliënt", "cliënte", "client", "betrokkene", "moeder", "vader", "zoon",
        "dochter", "kind", "kinderen", "broer", "zus", "oom", "tante", "opa", "oma", "partner", "echtgenoot", "echtgenote",
        "vreemdeling", "asielzoeker", "gedetineerde", "jongere", "minderjarige", "amv", "ama", "verdachte", "aanvrager",
        "referent", "hoi", "let", "nb", "zie", "bijlage", "pagina", "hoofdstuk", "paragraaf", "regio", "provincie",
        // roles, offices and forms of address that stand before a name and are never part of it ("Inmate Lukas Schneider",
        // "Father Bashir Yousafzai", "Imam Yusuf"), in English and Dutch
        "inmate", "inmates", "prisoner", "detainee", "detainees", "officer", "judge", "sergeant", "constable", "inspector",
        "father", "mother", "sister", "brother", "son", "daughter", "uncle", "aunt", "grandma", "grandpa", "grandmother",
        "grandfather", "mum", "mom", "dad", "mama", "papa", "mam", "pap", "imam", "pastor", "reverend", "rev", "chaplain",
        "rabbi", "pater", "pastoor", "dominee", "broeder", "zuster", "sheikh", "sjeik", "lawyer", "attorney", "counsel",
        "client", "patient", "patiënt", "patiënte", "suspect", "nurse", "teacher", "director", "manager", "mayor", "guard",
        "warden", "caseworker", "gevangene", "agent", "agente", "wijkagent", "officier", "inspecteur", "rechercheur",
        "advocate", "klant", "bewaarder", "leraar", "lerares", "docent", "dokter", "verpleegkundige", "directeur",
        "burgemeester", "wethouder", "juf",
    };
}
