namespace CasuistiekBot.Privacy.Detection;

/// <summary>Countries, cities, nationalities and languages that turn up in casus texts and must never become a name.</summary>
internal static class PlaceLexicon
{
    public static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // countries and regions
        "nederland", "belgië", "duitsland", "frankrijk", "spanje", "italië", "griekenland", "turkije", "syrië", "irak", "iran",
        "afghanistan", "eritrea", "ethiopië", "somalië", "soedan", "jemen", "libië", "egypte", "marokko", "algerije", "tunesië",
        "nigeria", "ghana", "guinee", "congo", "kameroen", "oeganda", "kenia", "pakistan", "india", "bangladesh", "china",
        "vietnam", "rusland", "oekraïne", "polen", "roemenië", "bulgarije", "albanië", "georgië", "armenië", "azerbeidzjan",
        "libanon", "jordanië", "palestina", "gaza", "israël", "koeweit", "saoedi-arabië", "colombia", "venezuela", "brazilië",
        "suriname", "curaçao", "aruba", "bonaire", "europa", "afrika", "azië", "amerika", "engeland", "oostenrijk",
        "zwitserland", "zweden", "noorwegen", "denemarken", "finland", "ierland", "portugal", "hongarije", "tsjechië",
        "kroatië", "servië", "bosnië", "kosovo", "macedonië", "moldavië", "belarus", "wit-rusland", "koerdistan", "tigray",
        "darfur", "syria", "iraq", "ethiopia", "somalia", "sudan", "yemen", "libya", "egypt", "morocco", "turkey", "ukraine",
        "russia", "netherlands", "holland", "europe", "africa", "germany", "belgium", "france",
        // cities abroad
        "kabul", "damascus", "aleppo", "homs", "idlib", "bagdad", "baghdad", "mosul", "erbil", "asmara", "mogadishu", "khartoum",
        "teheran", "istanbul", "ankara", "brussel", "berlijn", "parijs", "londen", "madrid", "rome", "athene", "lesbos",
        "lampedusa", "tripoli", "kiev", "kyiv", "kharkiv", "odessa", "casablanca", "rabat", "tanger", "nador", "lagos",
        // Dutch places
        "amsterdam", "rotterdam", "utrecht", "eindhoven", "groningen", "tilburg", "almere", "breda", "nijmegen", "apeldoorn",
        "haarlem", "arnhem", "enschede", "amersfoort", "zaanstad", "zwolle", "leiden", "maastricht", "dordrecht", "zoetermeer",
        "emmen", "ede", "westland", "venlo", "delft", "deventer", "leeuwarden", "alkmaar", "sittard", "helmond", "heerlen",
        "hilversum", "oss", "roosendaal", "purmerend", "schiedam", "spijkenisse", "vlaardingen", "almelo", "gouda", "zaandam",
        "lelystad", "alphen", "hoorn", "velsen", "assen", "veenendaal", "capelle", "nieuwegein", "katwijk", "zeist", "hengelo",
        "hardenberg", "harderwijk", "veldhoven", "doetinchem", "middelburg", "vlissingen", "terneuzen", "goes", "winterswijk",
        "kampen", "budel", "cranendonck", "gilze", "rijen", "wassenaar", "rijswijk", "leusden", "musselkanaal", "dronten",
        "heerhugowaard", "oisterwijk", "vught", "zutphen", "sneek", "drachten", "heerenveen", "hoogeveen", "meppel",
        "coevorden", "apel", "haag", "bosch", "helder", "bilt", "schiphol", "veenhuizen", "ommen", "krimpen", "wageningen",
        "hoofddorp", "haarlemmermeer", "amstelveen", "hertogenbosch", "'s-hertogenbosch", "mook", "overloon", "heumensoord",
        "gravenhage", "'s-gravenhage", "limburg", "brabant", "drenthe", "friesland", "zeeland", "gelderland", "overijssel",
        "flevoland", "randstad", "veluwe", "twente", "lelystad", "grave", "zwaagwesteinde", "ter", "den", "scheveningen",
        // nationalities, languages, religions
        "nederlander", "nederlanders", "nederlandse", "nederlands", "syriër", "syriërs", "syrische", "syrisch", "eritreeër",
        "eritreeërs", "eritrese", "eritrees", "afghaan", "afghaanse", "afghaans", "irakees", "iraakse", "iraniër", "iraanse",
        "turk", "turkse", "turks", "marokkaan", "marokkaanse", "marokkaans", "somaliër", "somalische", "somalisch",
        "soedanees", "soedanese", "jemeniet", "jemenitische", "ethiopiër", "ethiopische", "nigeriaan", "nigeriaanse",
        "algerijn", "algerijnse", "tunesiër", "tunesische", "libiër", "libische", "koerd", "koerdische", "koerdisch",
        "arabisch", "arabische", "arabic", "pashtu", "pasjtoe", "dari", "farsi", "perzisch", "tigrinya", "tigrinia", "amhaars",
        "somali", "engels", "engelse", "english", "frans", "franse", "duits", "duitse", "oekraïner", "oekraïners", "oekraïense",
        "oekraïens", "russisch", "russische", "pools", "poolse", "roemeens", "roemeense", "bulgaars", "bulgaarse", "albanees",
        "albanese", "georgiër", "georgische", "armeens", "armeense", "chinees", "chinese", "vietnamees", "vietnamese",
        "pakistaans", "pakistaanse", "indiaas", "indiase", "surinaams", "surinaamse", "antilliaans", "antilliaanse",
        "colombiaans", "colombiaanse", "braziliaans", "braziliaanse", "europees", "europese", "afrikaans", "afrikaanse",
        "islamitisch", "islamitische", "christelijk", "christelijke", "moslim", "moslims", "sjiitisch", "soennitisch",
        "jezidi", "jezidische", "palestijn", "palestijnse", "libanees", "libanese", "egyptenaar", "egyptische", "belg",
        "belgische", "belgisch", "duitser", "brit", "britse", "dutch", "syrian", "eritrean", "afghan", "iraqi", "somali",
    };

    /// <summary>Places written as two or more words that could otherwise pass for "particle + name".</summary>
    public static readonly string[] MultiWord =
    [
        "Ter Apel", "Den Haag", "Den Bosch", "Den Helder", "De Bilt", "De Lier", "Ter Aar", "Ten Boer", "Bergen op Zoom",
        "Alphen aan den Rijn", "Capelle aan den IJssel", "Krimpen aan den IJssel", "Hoek van Holland", "Wijk bij Duurstede",
        "Den Burg", "De Koog", "Ter Heijde", "Van Nelle", "De Rijp", "De Meern", "Den Dolder", "Den Ham", "De Wijk",
    ];
}
