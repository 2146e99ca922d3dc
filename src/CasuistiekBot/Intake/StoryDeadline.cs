using System.Text.RegularExpressions;
using CasuistiekBot.Understanding;

namespace CasuistiekBot.Intake;

/// <summary>What a story says about by when: one date, no hurry, or nothing the bot may take without asking.</summary>
internal sealed partial record StoryDeadline(DateOnly? Date, bool NoHurry)
{
    public static readonly StoryDeadline NotSaid = new(null, false);

    /// <summary>
    /// Dates are read with the answer reader (<see cref="DateReader"/>), but only in sentences about a decision or a
    /// time limit ("de beslistermijn verloopt op 30 januari", "uiterlijk vrijdag", "before 21 April"): a story is full
    /// of dates that are no deadline ("sinds 1 september", "komt over drie maanden vrij"). "Zo snel mogelijk" without a
    /// date is today, as it is for the question; "geen haast" is no hurry. Two different dates, or urgency and no hurry
    /// together, are asked.
    /// </summary>
    public static StoryDeadline Read(IReadOnlyList<string> sentences, DateOnly today, string language)
    {
        var dates = sentences
            .Where(s => DeadlineCue().IsMatch(s))
            .Select(s => DateReader.Read(s, today, language))
            .Where(a => a is { Kind: DateAnswerKind.Date, Urgent: false, Date: { } })
            .Select(a => a.Date!.Value)
            .Distinct()
            .ToList();
        if (dates.Count > 1) return NotSaid;
        if (dates.Count == 1) return new StoryDeadline(dates[0], false);
        var urgent = sentences.Any(s => UrgentCue().IsMatch(s));
        var noHurry = sentences.Any(s => NoHurryCue().IsMatch(s));
        if (urgent == noHurry) return NotSaid;
        return urgent ? new StoryDeadline(today, false) : new StoryDeadline(null, true);
    }

    // A decision or time limit, or a date right after "voor", "uiterlijk", "before", "by".
    [GeneratedRegex(@"\b(?:uiterlijk|deadline|\w*termijn|beslis\w*|besluit\w*|besloten|uitspraak|decide\w*|decision|due|no later than)\b|\b(?:vóór|voor|before|by|until|tot)\s+(?:het\s+|de\s+|the\s+)?(?:\d|eind|einde|begin|half|medio|end|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morgen|tomorrow|volgende|next)", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineCue();

    [GeneratedRegex(@"\b(?:zo snel mogelijk|zo spoedig mogelijk|z\.?s\.?m|met spoed|spoedeisend|asap|as soon as possible|(?<!niet\s)(?<!not\s)(?:dringend|urgent))\b", RegexOptions.IgnoreCase)]
    private static partial Regex UrgentCue();

    [GeneratedRegex(@"\b(?:geen haast|geen spoed|geen tijdsdruk|geen deadline|niet dringend|niet urgent|niet spoedeisend|hoeft niets beslist|no hurry|no rush|not urgent|no urgency|no time pressure|nothing needs to be decided)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoHurryCue();
}
