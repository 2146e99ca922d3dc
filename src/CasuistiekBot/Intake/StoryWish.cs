using System.Text.RegularExpressions;
using CasuistiekBot.Cases;

namespace CasuistiekBot.Intake;

/// <summary>
/// What the author says they want, read by concept rather than by fixed phrases: a question to the reader about what to
/// do (advice), looking at it together until everyone sees it the same way (a shared view), getting it higher up or on
/// an agenda because it is more than one case (a signal), or only wanting it told and heard. Each wish is read in the
/// sentence where it is said, and not where it is denied ("ik zoek geen oplossing", "not looking for advice"). Two
/// different wishes, or none, are asked: the reader never picks one for the author.
/// </summary>
internal static partial class StoryWish
{
    public static string? Read(IReadOnlyList<string> sentences)
    {
        var named = new List<string>();
        foreach (var sentence in sentences)
        {
            var plain = Denied().Replace(sentence, " ");
            // "I'd like advice on whether to escalate this": what the advice is about is no second wish.
            if (AdviceAbout().IsMatch(plain))
            {
                named.Add(CasusWish.Advice);
                continue;
            }
            if (Signal().IsMatch(plain)) named.Add(CasusWish.Signal);
            if (SharedView().IsMatch(plain)) named.Add(CasusWish.SharedView);
            if (BeHeard().IsMatch(plain)) named.Add(CasusWish.BeHeard);
            var namedHere = Signal().IsMatch(plain) || ExplicitSharedView().IsMatch(plain) || BeHeard().IsMatch(plain);
            // "Sparren om tot een gedeeld beeld te komen": talking it over is the way to the wish named beside it.
            if ((Advice().IsMatch(plain) && !(namedHere && !StrongAdvice().IsMatch(plain))) || (sentence.Contains('?') && AdviceQuestion().IsMatch(QuestionPart(sentence)))
                || (MyQuestion().IsMatch(plain) && !namedHere)) named.Add(CasusWish.Advice);
        }
        return named.Distinct().ToList() is [var one] ? one : null;
    }

    // The clause that carries the question mark: "Ik moet uiterlijk vrijdag iets doen, wat zou jij in mijn plaats doen?"
    private static string QuestionPart(string sentence)
    {
        var end = sentence.LastIndexOf('?');
        var start = ClauseBreak().Matches(sentence[..end]).LastOrDefault() is { } last ? last.Index + last.Length : 0;
        return sentence[start..end];
    }

    [GeneratedRegex(@"[,;:]|\s[-–]\s")]
    private static partial Regex ClauseBreak();

    // A wish that is denied is no wish: "ik zoek geen oplossing", "geen advies nodig", "I'm not looking for advice".
    [GeneratedRegex(@"\b(?:geen|niet|not|no|don't|do not|isn't)\s+(?:\w+\s+){0,3}?(?:advies|adviseren|signaal|agenda|advice|signal)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Denied();

    // Higher up, on an agenda, to policy or management, a pattern rather than an incident.
    [GeneratedRegex(@"\b(?:als|as an?)\s+signaal\b|\bas a signal\b|\bsignaal\s+(?:\w+\s+)?(?:meegeven|neerleggen|afgeven|agenderen|geven|brengen)|\bagenderen\b|\b(?:wil|moet|zou|graag|wens)\b[^.?!]{0,40}\bop de agenda\b|\bop de agenda (?:zetten|krijgen|komen)\b|\b(?:want|like|should|needs? to|put (?:this|it)|get (?:this|it)|bring (?:this|it))\b[^.?!]{0,30}\bon (?:the|their|an?) agenda\b|\bhoger (?:in de lijn|op)\b|\bricht\w* (?:het )?(?:beleid|mt|directie|management)\b|\b(?:beleid|het mt|de directie|de leiding|management|policy(?:makers)?)\s+(?:(?:moet|moeten|mag|zou|should|must|needs? to)\s+)?(?:dit |this |het |it |hiervan |ervan |hier |about this |about it )?(?:weet|weten|hoort|horen|know|knows|hear|hears)\b|\bstructur(?:eel|ele|al)\s+(?:probleem|knelpunt|issue|problem|kwestie|patroon|pattern)|\b(?:dit|het) is structureel\b|\bstructureel\s+(?:\w+\s+)?(?:aankaarten|melden|agenderen|aan de orde stellen|onder de aandacht)|\baankaarten bij (?:het mt|de directie|het beleid|beleid|de lijn)\b|\braise (?:a|it as a|this as a) signal\b|\bgeen incident maar\b|\bnot (?:just )?an? (?:one-off|incident|isolated)|\bflag(?:ged)? (?:it |this )?(?:to|up|with)\b|\bescalate (?:it|this)\b|\bas a pattern\b", RegexOptions.IgnoreCase)]
    private static partial Regex Signal();

    // Looking at it together so that everyone sees it the same way.
    [GeneratedRegex(@"\bgedeeld\w* (?:beeld|blik)|\bgezamenlijk\w* (?:beeld|blik)|\bhetzelfde beeld\b|\btot (?:één|een) beeld\b|\bop (?:een|één) lijn\b|\bsamen\b[^.?!]{0,30}\b(?:kijken|bespreken|bekijken|praten|doordenken|doorpraten|nadenken|uitzoeken|scherp)\b|\bmet (?:collega's|anderen|andere collega's)\b[^.?!]{0,60}\b(?:doorpraten|doordenken|bespreken|kijken)\b|\bhoe (?:we|wij) (?:hier\w* |dit |er )?(?:naar )?kijken\b|\bmet elkaar (?:bespreken|naar|over)|\bmet (?:een paar|wat|andere|meer) (?:mensen|collega's|collega)\b.{0,40}\b(?:kijken|bespreken|praten|sparren)|\bhoe (?:anderen|collega's|jullie) (?:hier\w* |dit |er )?(?:naar )?kijken\b|\bshared (?:view|understanding|picture)\b|\bcommon (?:view|understanding|picture|ground)\b|\bsame page\b|\bsee (?:it|this) the same way\b|\b(?:look at|discuss) (?:this|it) together\b|\btogether with (?:a few |some |other )?colleagues\b|\b(?:sit down|look at (?:this|it)) with (?:a few |some |other )?colleagues\b|\bhow (?:others|colleagues) (?:see|look at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SharedView();

    // Telling it and being heard, with nothing needing to come of it.
    [GeneratedRegex(@"\b(?:(?:wil|moet|even|gewoon|ergens|eventjes)\b[^.?!]{0,25}\bkwijt|gehoord worden|luisterend oor|mijn verhaal (?:doen|kwijt|vertellen)|stoom afblazen|van me af\w*|(?:iemand|jullie) (?:dit|het) (?:hoort|horen|weet|weten)|zoek geen oplossing|hoeft niets? mee te gebeuren|be heard|get (?:it|this) off my chest|listening ear|someone to (?:listen|hear|know)|someone (?:to )?(?:hear|know)s? (?:this|it|about)|just (?:needed|wanted?) to (?:tell|share|say)|want someone to know|to vent|venting|not looking for a solution)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeHeard();

    // Advice asked in so many words: "graag advies", "ik zoek advies", "meedenken", "I'd like advice".
    [GeneratedRegex(@"\b(?:graag|wil\w*|zoek\w*|vraag\w*|nodig|wens)\b[^.?!]{0,30}(?<!mijn |my |ons |onze |our )\badvies\b|(?<!mijn |ons |onze )\badvies\b\s+(?:nodig|graag|over wat|hoe|wat)\b|\bmeedenken\b|\bsparren\b|\bmee (?:denken|te denken)\b|\b(?:like|want|need|looking for|seeking|seek|ask(?:ing)? for|welcome|appreciate)\b[^.?!]{0,20}\b(?:advice|guidance|input)\b|\bthink (?:along|with me)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Advice();

    [GeneratedRegex(@"\bgedeeld\w* (?:beeld|blik)|\bgezamenlijk\w* (?:beeld|blik)|\bhetzelfde beeld\b|\btot (?:één|een) beeld\b|\bop (?:een|één) lijn\b|\bshared (?:view|understanding|picture)\b|\bcommon (?:view|understanding|picture|ground)\b|\bsame page\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitSharedView();

    [GeneratedRegex(@"\b(?:advice|advies|guidance)\s+(?:on|about|over)\s+(?:whether|how|if|of|hoe)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdviceAbout();

    // Advice named as such, not only talking it over ("sparren", "meedenken").
    [GeneratedRegex(@"\b(?:advies|advice|guidance)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrongAdvice();

    // "Mijn vraag: kan ...?", "Mijn vraag is welke regels ...", "My question is whether ...": a question put to the reader.
    [GeneratedRegex(@"\b(?:mijn|onze|my|our) (?:vraag|question)(?: aan jullie| to you)?(?:\s+is\b|\s*:)|\bgraag\b[^.?!]{0,30}\b(?:een )?antwoord\b", RegexOptions.IgnoreCase)]
    private static partial Regex MyQuestion();

    // A question to the reader about what to do or how to go about it.
    [GeneratedRegex(@"\b(?:wat|hoe|what|how)\b[^?]*\b(?:ik|jij|jullie|je|u|i|you)\b[^?]*\b(?:doen|aanpakken|aanpak|omgaan|(?:hier|er|daar)?mee om|adviseren|handelen|do|approach|handle|advise|suggest|proceed)\b|\bwat (?:is|lijkt|zou|zijn) (?:hier |nu |dan |me )?(?:het )?(?:verstandig|wijsheid|wijs|het beste|de beste)|\bwat moet ik\b|\bwhat (?:should|can|could|must) i\b|\bwhat(?:'s| is) (?:the )?(?:wise|right|best)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdviceQuestion();
}
