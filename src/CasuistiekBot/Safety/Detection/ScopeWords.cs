using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Safety.Detection;

/// <summary>The small closed word classes the scope rules need, Dutch and English.</summary>
internal static class ScopeWords
{
    public static readonly HashSet<string> Negators =
    [
        "geen", "niet", "nooit", "niemand", "niets", "nergens", "zonder", "noch",
        "no", "not", "never", "nobody", "none", "nothing", "without", "nor", "cannot", "isnt", "wasnt", "doesnt", "didnt", "dont", "arent", "werent", "wont",
    ];

    // Dutch puts "niet" after the verb: "hij bedreigt mij niet", "van geweld is nooit iets gebleken".
    // "Hij bedreigde niemand", "he threatened nobody": the denial can be the object.
    public static readonly HashSet<string> TrailingNegators = ["niet", "nooit", "niemand", "not", "never", "nobody"];

    // An embedded clause has its own truth: "ik kan niet uitsluiten dat hij zichzelf iets aandoet" is a worry, not a denial.
    public static readonly HashSet<string> Subordinators =
    [
        "dat", "als", "omdat", "zodat", "wanneer", "indien", "mocht", "mochten", "die", "wie", "terwijl", "nadat", "voordat",
        "that", "if", "whether", "because", "when", "who", "which", "while", "unless",
        // "Ik weet niet hoe ze aan dat nummer komen": the embedded question is not denied by the "niet" of not knowing.
        "hoe", "waarom", "how", "why",
    ];

    // "Of" opens a clause only as "whether" (after a verb of knowing or a negation); elsewhere it is "or".
    private static readonly HashSet<string> WhetherVerbs = ["niet", "weet", "weten", "wist", "vraag", "vraagt", "vroeg", "twijfel", "twijfelt", "onduidelijk"];

    public static readonly HashSet<string> Coordinators = ["en", "of", "and", "or"];

    public static readonly HashSet<string> TimeUnits = ["dagen", "dag", "weken", "week", "maanden", "maand", "jaren", "jaar", "nacht", "nachten", "weekend", "tijd", "periode", "uren", "uur"];

    public static readonly HashSet<string> SubjectPronouns = ["ik", "hij", "zij", "ze", "we", "wij", "jij", "je", "i", "he", "she", "they", "we", "you"];

    // Words after which a subject still belongs to the supposition: "als iemand zegt dat hij ...", "if she tells me she ...".
    public static readonly HashSet<string> Introducers =
    [
        "dat", "die", "en", "of", "als", "wat", "zegt", "zei", "dreigt", "roept", "denkt", "vindt", "me", "mij", "ons", "jou", "hem", "haar",
        "that", "who", "and", "or", "if", "what", "says", "said", "threatens", "tells", "told", "thinks", "feels", "me", "us", "him", "her", "them", "you",
    ];

    // Negated, these carry the denial into the clause they introduce: "geen aanwijzingen dat", "ik denk niet dat".
    public static readonly HashSet<string> DenialFrames =
    [
        "aanwijzing", "aanwijzingen", "signaal", "signalen", "sprake", "reden", "bewijs", "indicatie", "indicaties", "teken", "tekenen",
        "denk", "denkt", "dacht", "geloof", "gelooft", "verwacht", "verwachten", "lijkt", "vind", "vindt", "gezegd", "zei", "zegt", "zeggen", "gesproken",
        "indication", "indications", "sign", "signs", "evidence", "reason", "think", "thinks", "believe", "believes", "expect", "seem", "seems", "said", "say", "says",
    ];

    // Right before "dat" after a negation: "het is niet zo dat", "het is niet waar dat", "it is not the case that".
    public static readonly HashSet<string> NotSo = ["zo", "waar", "case", "true"];

    public static readonly CuePattern[] Conditionals = Patterns(
        "als", "indien", "mocht", "mochten", "wanneer", "ingeval", "in het geval", "stel dat", "stel je voor", "stel nou", "hypothetisch", "bijvoorbeeld",
        "if", "suppose", "supposing", "in case", "hypothetically", "imagine",
        // "Het voelt alsof we worden bedreigd", "as if they were threatened": a comparison, not a danger.
        "alsof", "as if", "as though");

    public static readonly CuePattern[] DistantPast = Patterns(
        "jaren geleden", "jaar geleden", "lang geleden", "in het verleden", "vroeger", "destijds", "toentertijd", "jaar terug", "jaren terug",
        "maanden geleden", "maanden terug", "vorig jaar", "vorig voorjaar", "vorig najaar", "vorige zomer", "vorige winter", "in de jeugd", "als kind",
        "geschiedenis van", "voorgeschiedenis", "history of", "used to", "as a teenager", "als tiener", "in zijn tienerjaren", "in haar tienerjaren", "in his teens", "in her teens", "years ago", "long ago", "in the past", "back then", "months ago", "last year", "a year ago", "as a child", "in his youth", "in her youth");

    public static readonly CuePattern[] Resolved = Patterns(
        "voorbij", "afgehandeld", "afgesloten", "opgelost", "is gesloten", "zijn gesloten", "inmiddels veilig", "nu veilig", "weer veilig",
        "veilig geplaatst", "zijn gestopt", "is gestopt", "gestopt", "afgelopen", "nu stabiel", "is stabiel", "niet meer aan de orde", "speelt niet meer",
        "opgehouden", "beeindigd", "is gestaakt", "niets meer gebeurd", "niets meer voorgevallen", "geen incidenten meer", "doet het nu goed", "doet het nu prima",
        "gaat nu goed", "gaat het goed", "gaat goed met", "nu rustig",
        // The one who threatened has been arrested since.
        "afzender opgepakt", "dader opgepakt", "is opgepakt", "is gearresteerd", "was arrested", "has been arrested", "sindsdien rustig", "goed opgevangen", "veilig ondergebracht", "woont nu veilig", "woont veilig", "lives safely", "living safely", "now lives safe",
        // The one who threatened apologised, and things went well since.
        "excuses aangeboden", "excuses gemaakt", "bood excuses aan", "bood zijn excuses", "apologised", "apologized", "apologised the next day", "goede gesprekken", "good conversations", "good talks",
        "resolved", "stopped", "ended", "has ended", "is over", "are over", "safe now", "now safe", "nothing has happened", "doing well", "are doing well", "is doing well");

    // "Het zou makkelijker zijn als ik er niet meer was": a wish, not a supposition.
    public static readonly HashSet<string> WishComparatives = ["makkelijker", "beter", "fijner", "rustiger", "easier", "better", "best", "simpler"];

    // "Van suïcidaliteit is geen sprake": Dutch can put the denial after the topic.
    public static readonly CuePattern[] TrailingDenials = Patterns("geen sprake", "geen enkele aanwijzing", "geen aanwijzingen", "no question", "no sign", "no signs");

    // "Na huiselijk geweld vertrokken", "after the assault": the event is what came before, not what threatens now.
    public static readonly HashSet<string> After = ["na", "after", "following"];

    public static readonly HashSet<string> Determiners = ["de", "het", "een", "die", "deze", "zijn", "haar", "hun", "huiselijk", "seksueel", "the", "a", "an", "his", "her", "their", "domestic", "sexual"];

    public static readonly CuePattern[] Present = Patterns(
        "nu", "weer", "opnieuw", "nog steeds", "nog altijd", "vandaag", "vannacht", "vanochtend", "gisteren", "again", "now", "still", "today", "tonight",
        // Something that has gone on for a while and has not stopped: "eten al een week uit de vuilnisbak".
        "al een week", "al weken", "al dagen", "al maanden", "al een tijd", "al een paar dagen", "for days", "for weeks", "for a week");

    // "De stroom is afgesloten" cuts a household off; it does not close a case.
    public static readonly HashSet<string> Utilities = ["stroom", "gas", "water", "energie", "elektriciteit", "verwarming", "power", "electricity", "heating"];

    // "De dreiging van geweld is verdwenen": the danger itself is the one that went away.
    public static readonly CuePattern[] DangerGone =
    [
        CuePattern.Parse("dreiging|dreigingen|gevaar|geweld|bedreiging|bedreigingen|threat|threats|danger|violence verdwenen|weg|geweken|gone|disappeared|passed|lifted", CuePattern.AnyGap),
    ];

    // "Die deadline vermoordt me", "this backlog is killing the team": a thing, not a person, does the harm.
    public static readonly HashSet<string> FigurativeAgents =
    [
        "deadline", "deadlines", "werkdruk", "werkvoorraad", "achterstand", "achterstanden", "stress", "drukte", "hitte", "bureaucratie", "papierwerk",
        "administratie", "regel", "regels", "systeem", "wachttijd", "wachttijden", "wachtlijst", "formulier", "formulieren", "vergadering", "vergaderingen",
        "baan", "werk", "klus", "inbox", "mailbox", "termijn", "termijnen", "bezuiniging", "bezuinigingen", "reorganisatie",
        "backlog", "workload", "paperwork", "bureaucracy", "heat", "traffic", "commute", "meeting", "meetings", "job", "rules", "rule", "system", "forms",
        "form", "cuts", "reorganisation", "queue", "regeling", "procedure", "template",
        // Office machines people say they will strangle (not what can be thrown at someone: a laptop, a phone).
        "printer", "printers", "koffieautomaat", "koffiemachine", "kopieerapparaat", "copier",
        // Plans and schedules people despair of: "ik zie het niet meer zitten met die planning".
        "planning", "planningen", "rooster", "roosters", "begroting", "project", "projecten", "projects", "budget", "rota",
    ];

    // Compounds of the same things: werkinstructie, beleidsregel, werkdruk, caseload.
    private static readonly string[] FigurativeEndings = ["instructie", "regel", "regels", "regeling", "druk", "voorraad", "procedure", "systeem", "termijn", "load", "formulier"];

    public static bool IsFigurativeAgent(string word) =>
        FigurativeAgents.Contains(word) || FigurativeEndings.Any(e => word.Length > e.Length + 2 && word.EndsWith(e, StringComparison.Ordinal));

    // A clause can end in its finite verb: "dat het allemaal geen zin meer heeft".
    private static readonly HashSet<string> FinalVerbs =
        ["heeft", "hebben", "had", "hadden", "is", "was", "zijn", "waren", "wordt", "werd", "lijkt", "leek", "zal", "zou", "kan", "kon"];

    // Talk about the subject rather than about a person in danger: trainings, protocols, policy.
    public static readonly CuePattern[] Topic = Patterns(
        "training*", "cursus*", "workshop*", "learning", "webinar*", "voorlichting*", "presentatie*", "protocol*", "beleid*", "meldcode*",
        "richtlijn*", "procedure*", "thema*", "preventie*", "omgaan met", "course*", "policy", "policies", "guideline*", "prevention", "awareness",
        // Figures about danger are not a danger: "het aantal agressie-incidenten is gedaald".
        "jaarverslag*", "jaarrapport*", "in de krant", "krantenartikel*", "newspaper*", "in the news", "guidance",
        // People in general, or what a word means: "people often say 'I would rather die'", "wat betekent eerwraak".
        "people often", "mensen vaak", "what does", "wat betekent", "wat houdt", "statistiek*", "het aantal", "annual report", "statistics", "the number of", "procent", "percent", "per cent",
        // Where danger is recorded or reported on: "hoe leggen we dat vast in het signaalregister", "the inspection report on ...".
        "register", "registers", "registreren", "signaalregister*", "inspectierapport*", "rapport over", "rapporten over", "inspection report*", "report on", "reports on",
        // Figures: "stats for the quarter", "de kwartaalcijfers".
        "stats", "cijfers", "kwartaalcijfers", "jaarcijfers",
        // Reports of a danger as a kind of thing: "meldingen over agressie", "incident reports about threats".
        "meldingen over", "meldingen van", "incidentmeldingen", "reports of", "reports about", "incident reports",
        // A book, a film, a leaflet: "de folder over suïcide", "in the novel we read a guard is attacked".
        "folder*", "brochure*", "flyer*", "leaflet*", "pamphlet*", "podcast*", "e-learning", "handboek*", "handbook*", "documentaire*", "documentary", "documentaries",
        // A work instruction or procedure for handling a danger: "werkinstructie voor het melden van ...".
        "werkinstructie*", "instructie*", "stappenplan*", "handreiking*", "werkwijze voor", "work instruction*", "instructions for",
        // Country reports describe violence in a country, not a danger to someone here.
        "ambtsbericht*", "landenrapport*", "landeninformatie", "country report*", "country information", "country of origin information",
        // A place of remembrance: "bij de gedenkplek", "the memorial for the victims".
        "gedenkplek*", "gedenkteken*", "herdenking*", "monument", "memorial*", "commemorat*", "vigil");

    // A threat of recourse, not of harm: "dreigt naar de pers te gaan", "threatened to go to the press and to sue".
    public static readonly CuePattern[] Recourse = Patterns(
        "naar de pers", "naar de media", "naar de krant", "naar de rechter", "klacht indienen", "een klacht", "aanklagen", "een rechtszaak",
        "to the press", "to the media", "to the papers", "to sue", "sue", "a complaint", "file a complaint", "a lawsuit", "take legal action");

    // A person's record or asylum account: what happened then or elsewhere, not what threatens someone here and now.
    public static readonly CuePattern[] RecordOrAccount = Patterns(
        "veroordeeld", "veroordeling*", "verdacht", "verdachte", "delict*", "strafblad", "zit vast", "vast voor", "vast wegens", "straf voor",
        "slachtoffer van", "slachtoffers van", "slachtoffer is van", "slachtoffer was van", "slachtoffer geweest van", "slachtoffer zijn geweest van", "victim of", "victims of",
        "herkomst", "herkomstland", "thuisland", "asielrelaas", "relaas", "asielmotief", "land waar",
        "convicted", "conviction", "charged with", "sentenced", "criminal record", "country of origin", "home country", "country where");

    // "Behandeld als een gevangene", "voelt als straf", "kwam als thema langs", "als een tijdbom": "als" compares or names
    // a role there ("as", "like"); it neither supposes nor opens a clause.
    private static readonly HashSet<string> ComparedBy =
    [
        "zo", "net", "evenals", "precies", "behandeld", "behandelt", "behandelen", "behandelde", "gezien", "ziet", "zien", "beschouwd", "beschouwt",
        "beschouwen", "bekend", "voelt", "voelde", "voelen", "voel", "klinkt", "klonk", "werkt", "werkte", "fungeert", "geldt", "gold", "dient", "diende",
        "kwam", "kwamen", "komt", "gebruikt", "ingezet", "aangemerkt", "aangeduid", "geregistreerd", "ervaren", "ervaart", "ervoer", "beschreven",
        "omschreven", "gedraagt", "gedroeg", "gedragen", "opgevat", "bedoeld", "erkend", "neergezet", "weggezet", "afgeschilderd", "overkomt", "overkwam",
        "staat", "stond", "tikt", "tikte", "optreden", "treedt", "trad", "zich",
    ];

    private static readonly HashSet<string> AsWhat =
    [
        "thema", "signaal", "onderwerp", "voorbeeld", "straf", "grap", "casus", "agendapunt", "gevangene", "gevangenen", "crimineel", "criminelen",
        "tijdbom", "beest", "beesten", "vijand", "dief", "gevolg", "reactie", "antwoord", "bijlage", "eerste", "laatste", "enige", "geheel",
    ];

    /// <summary>"Als" that compares ("als een tijdbom", "behandeld als een gevangene") rather than supposes.</summary>
    public static bool IsComparison(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index].Text != "als") return false;
        if (index > 0 && tokens[index - 1].Clause == tokens[index].Clause && ComparedBy.Contains(tokens[index - 1].Text)) return true;
        // "Als thema", "als straf": a bare noun right after, and no verb of its own after it. Not "als een medewerker wordt
        // bedreigd" (an article, and a verb follows): that supposes.
        if (index + 1 >= tokens.Count || !AsWhat.Contains(tokens[index + 1].Text) || index == 0 || tokens[index - 1].Sentence != tokens[index].Sentence) return false;
        if (tokens[index - 1].Clause != tokens[index].Clause) return false;
        for (var i = index + 1; i < tokens.Count && i <= index + 4 && tokens[i].Phrase == tokens[index].Phrase; i++)
        {
            if (FinalVerbs.Contains(tokens[i].Text) || tokens[i].Text is "wordt" or "worden" or "werd" or "komt" or "gaat" or "doet" or "zegt") return false;
        }
        return true;
    }

    public static bool IsSubordinator(IReadOnlyList<Token> tokens, int index) =>
        (Subordinators.Contains(tokens[index].Text) && !IsComparison(tokens, index))
        || (tokens[index].Text == "of" && index > 0 && WhetherVerbs.Contains(tokens[index - 1].Text));

    /// <summary>The word is the last of its phrase, or a new clause starts right after it ("doet zichzelf iets aan als ...").</summary>
    public static bool EndsPhrase(IReadOnlyList<Token> tokens, int index) =>
        EndsPhraseHere(tokens, index)
        || (index + 1 < tokens.Count && FinalVerbs.Contains(tokens[index + 1].Text) && tokens[index + 1].Phrase == tokens[index].Phrase && EndsPhraseHere(tokens, index + 1));

    private static bool EndsPhraseHere(IReadOnlyList<Token> tokens, int index) =>
        index + 1 >= tokens.Count
        || tokens[index + 1].Phrase != tokens[index].Phrase
        || IsSubordinator(tokens, index + 1)
        || Coordinators.Contains(tokens[index + 1].Text);

    public static bool AnyIn(CuePattern[] patterns, IReadOnlyList<Token> tokens, int from, int to) =>
        patterns.Any(p => p.FindAll(tokens).Any(m => m.First >= from && m.Last <= to));

    public static bool AnyBefore(CuePattern[] patterns, IReadOnlyList<Token> tokens, int from, int before) =>
        patterns.Any(p => p.FindAll(tokens).Any(m => m.First >= from && m.First < before));

    private static CuePattern[] Patterns(params string[] phrases) => [.. phrases.Select(p => CuePattern.Parse(p, gap: 0))];
}
