using CasuistiekBot.Routing.Text;

namespace CasuistiekBot.Safety.Detection;

/// <summary>Who a danger is about: a person at all, a child, or the staff member writing and their colleagues.</summary>
internal static class DangerTargets
{
    private static readonly HashSet<string> ObjectPronouns =
    [
        "hem", "haar", "hen", "mij", "me", "jou", "ons", "ze", "iemand",
        "him", "her", "them", "us", "you", "someone", "anyone",
    ];

    private static readonly HashSet<string> Children =
    [
        "kind", "kinderen", "kindje", "kindjes", "kindertjes", "baby", "babys", "peuter", "peuters", "kleuter", "kleuters", "zuigeling",
        "pasgeborene", "zoon", "zoontje", "zonen", "dochter", "dochtertje", "dochters", "meisje", "meisjes", "jongetje", "jongen", "jongens",
        "minderjarige", "minderjarigen", "tiener", "tieners", "pleegkind", "pleegkinderen", "pasgeboren", "kleintje", "kleintjes", "stiefkind",
        "stiefzoon", "stiefdochter", "kleinkind", "kleinkinderen", "puber", "pubers", "amv", "amvs", "scholier", "leerling", "jarige",
        "child", "children", "kid", "kids", "toddler", "toddlers", "infant", "infants", "son", "daughter", "girl", "boy", "minor", "minors", "teenager",
        "teenagers", "teen", "teens", "babies", "newborn", "newborns", "girls", "boys", "sons", "daughters", "stepson", "stepdaughter", "pupil", "youngster",
    ];

    private static readonly HashSet<string> Adults =
    [
        "vrouw", "man", "partner", "ex", "expartner", "echtgenote", "echtgenoot", "moeder", "vader", "ouder", "ouders", "broer", "zus",
        "zuster", "oma", "opa", "buurman", "buurvrouw", "getuige", "aanvrager", "client", "cliente", "collega", "collegas", "familie",
        "wife", "husband", "mother", "father", "brother", "sister", "woman", "people", "person", "witness", "colleague", "colleagues",
        "vriend", "vriendin", "kamergenoot", "celgenoot", "stiefvader", "stiefmoeder", "neef", "nicht", "meneer", "mevrouw", "mensen", "zichzelf",
        "roommate", "cellmate", "neighbour", "neighbor", "friend", "girlfriend", "boyfriend", "stepfather", "stepmother", "men", "women",
        "aangever", "aangeefster", "slachtoffer", "schoonzoon", "schoondochter", "schoonfamilie", "zwager", "schoonzus", "oom", "tante",
        "uncle", "aunt", "cousin", "cousins", "victim", "resident", "inmate", "inmates",
    ];

    // People who work for the ministry and its partners: a threat to one of them is a threat to staff.
    private static readonly HashSet<string> StaffRoles =
    [
        "ambtenaar", "ambtenaren", "toezichthouder", "toezichthouders", "griffier", "rechter", "voogd", "gezinsvoogd", "jeugdbeschermer", "beslisser",
        "begeleider", "begeleiders", "mentor", "hulpverlener", "hulpverleners", "consulent", "reclassering", "jeugdbescherming", "tolk",
        "official", "officials", "investigator", "judge", "clerk", "counsellor", "counselor", "supervisor", "probation", "interpreter", "nurse",
        "guard", "guards", "officer", "officers", "caseworker", "staff", "employee", "employees", "worker", "workers",
    ];

    // Role nouns are compounds: beslismedewerker, medegedetineerde, raadsonderzoeker, medebewoner.
    // Who a sentence is about when it says someone is not safe: "hij is in gevaar", "she is not safe".
    private static readonly HashSet<string> Subjects = ["hij", "zij", "ik", "wij", "he", "she", "i", "they", "we"];

    private static readonly HashSet<string> ReferringSubjects = ["hij", "zij", "he", "she", "hes", "shes", "they", "theyre"];

    // "He's 14", "she is 15", "aged 12": an age said without "year".
    private static readonly HashSet<string> AgeIntroducers = ["hes", "shes", "aged", "age", "leeftijd"];

    private static readonly string[] RoleEndings = ["medewerker", "medewerkers", "gedetineerde", "gedetineerden", "bewoner", "bewoners", "onderzoeker", "resident", "residents", "detainee", "detainees"];

    private static readonly HashSet<string> Staff =
    [
        "mij", "me", "ons", "jullie", "collega", "collegas", "personeel", "piwer", "piwers", "casemanager", "beveiliger", "beveiligers", "bewaarder", "bewaarders", "bewaker", "bewakers", "kantoor", "balie", "loket",
        "us", "staff", "colleague", "colleagues", "officer", "officers", "guard", "guards", "employee", "employees", "caseworker", "office",
        "kantoren", "vestiging", "loketten", "ind", "cjib", "coa", "dji", "raad", "pi", "personeelsleden", "teamleider", "offices", "reception", "desk", "counter", "worker", "workers",
        // Where staff meet the public: a threat made there is aimed at them.
        "ingang", "receptie", "spreekkamer", "entrance", "lobby",
    ];

    private static readonly string[] StaffEndings = ["medewerker", "medewerkers", "onderzoeker", "onderzoekers", "werker", "werkers"];

    // The writer as the one it happens to: "ik word bedreigd", "ik krijg dreigberichten", "I was threatened".
    private static readonly CuePattern[] WriterUndergoes =
        [CuePattern.Parse("ik word|werd|krijg|kreeg|ontvang|ontving", 1), CuePattern.Parse("i was|am|get|got|receive|received|keep", 1)];

    // "De vijftienjarige zoon", "een 14-jarige": an age in years up to nineteen.
    private static readonly string[] ChildAges = ["eenjarige", "tweejarige", "driejarige", "vierjarige", "vijfjarige", "zesjarige", "zevenjarige", "achtjarige", "negenjarige", "tienjarige", "elfjarige", "twaalfjarige"];

    public static bool IsChild(string word) => Children.Contains(word) || ChildAges.Any(a => word.EndsWith(a, StringComparison.Ordinal));

    public static bool IsPerson(string word) =>
        StaffRoles.Contains(word) || ObjectPronouns.Contains(word) || Children.Contains(word) || Adults.Contains(word) || RoleEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    public static bool IsSubject(string word) => Subjects.Contains(word);

    // Someone who stalks an ex or a partner threatens her, whoever writes about it.
    private static readonly HashSet<string> Partners =
    [
        "ex", "expartner", "exman", "exvrouw", "exvriend", "exvriendin", "partner", "echtgenoot", "echtgenote",
        "husband", "wife", "boyfriend", "girlfriend", "exhusband", "exwife", "exboyfriend",
    ];

    public static bool AnyPartner(IReadOnlyList<Token> tokens, int from, int to) => Any(tokens, from, to, Partners.Contains);

    /// <summary>
    /// "De kinderen durven niet naar huis omdat vader ze slaat": the clause says "ze", an earlier clause of the same
    /// sentence says who.
    /// </summary>
    public static bool ChildReferredTo(IReadOnlyList<Token> tokens, int from, int to)
    {
        // "He's 14, no guardian yet, and he's been seen getting into cars": a subject pronoun refers back as well.
        if (!Any(tokens, from, to, w => ObjectPronouns.Contains(w) || ReferringSubjects.Contains(w))) return false;
        var sentence = tokens[from].Sentence;
        var start = from;
        while (start > 0 && tokens[start - 1].Sentence == sentence) start--;
        return AnyChild(tokens, start, from - 1);
    }

    public static bool IsStaff(string word) => Staff.Contains(word) || StaffRoles.Contains(word) || StaffEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    // Whose home, car or children it is: "voor mijn huis", "he knows which school my children go to".
    private static readonly HashSet<string> Writer = ["mijn", "my", "onze", "our", "mezelf", "myself"];

    public static bool AnyWriterOrStaff(IReadOnlyList<Token> tokens, int from, int to) =>
        Any(tokens, from, to, w => Writer.Contains(w)) || AnyStaff(tokens, from, to);

    /// <summary>The kind of danger for the first person named by a noun in the range: a child, staff, or anyone else.</summary>
    public static DangerKind NamedWithin(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i <= to && i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (ObjectPronouns.Contains(word) || Writer.Contains(word) || !IsPerson(word)) continue;
            return IsChild(word) ? DangerKind.Child : IsStaff(word) ? DangerKind.Staff : DangerKind.Violence;
        }
        return DangerKind.None;
    }

    public static bool AnyChild(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (Any(tokens, from, to, IsChild)) return true;
        // "A 13-year-old", "een meisje van 9 jaar oud": an age under eighteen.
        for (var i = Math.Max(0, from); i < to && i + 1 < tokens.Count; i++)
        {
            if (int.TryParse(tokens[i].Text, out var age) && age < 18 && tokens[i + 1].Text is "year" or "years" or "jaar" or "jarige") return true;
        }
        for (var i = Math.Max(1, from); i <= to && i < tokens.Count; i++)
        {
            if (!int.TryParse(tokens[i].Text, out var age) || age is < 1 or >= 18) continue;
            var before = tokens[i - 1].Text;
            if (AgeIntroducers.Contains(before) || (before == "is" && i >= 2 && ReferringSubjects.Contains(tokens[i - 2].Text))) return true;
            // "Een jongen van 14", "a boy of 15": a person of an age under eighteen.
            if (before is "van" or "of" && i >= 2 && IsPerson(tokens[i - 2].Text)) return true;
        }
        return false;
    }

    public static bool AnyPerson(IReadOnlyList<Token> tokens, int from, int to) => Any(tokens, from, to, w => IsPerson(w) || Subjects.Contains(w));

    public static bool AnyStaff(IReadOnlyList<Token> tokens, int from, int to) =>
        Any(tokens, from, to, IsStaff) || ScopeWords.AnyIn(WriterUndergoes, tokens, from, to);

    private static bool Any(IReadOnlyList<Token> tokens, int from, int to, Func<string, bool> test)
    {
        for (var i = Math.Max(0, from); i <= to && i < tokens.Count; i++)
        {
            if (test(tokens[i].Text)) return true;
        }
        return false;
    }
}
