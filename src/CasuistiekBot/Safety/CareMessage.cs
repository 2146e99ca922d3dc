using CasuistiekBot.Localization;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Safety;

/// <summary>
/// What the bot says first when someone mentions acute danger: care, then the concrete steps for the kinds of danger
/// that were mentioned (112 always, 113 for suicide, Veilig Thuis for a child), the organisation's own crisis procedure
/// and the person's manager. It ends by saying what the bot did at this <see cref="DangerMoment"/>, so it promises only
/// what happened.
/// </summary>
internal sealed class CareMessage(Texts texts, IOptions<SafetyOptions> options)
{
    public string Compose(DangerKind kinds, string language, bool coordinatorsAlerted, DangerMoment moment)
    {
        var lines = new List<string> { texts.Get(SafetyTextKeys.SafetyDangerEmergency, language) };
        if (kinds.HasFlag(DangerKind.Suicide)) lines.Add(texts.Get(SafetyTextKeys.SafetyDangerSuicide, language));
        if (kinds.HasFlag(DangerKind.Child)) lines.Add(texts.Get(SafetyTextKeys.SafetyDangerChild, language));
        if (kinds.HasFlag(DangerKind.Violence)) lines.Add(texts.Get(SafetyTextKeys.SafetyDangerViolence, language));
        if (kinds.HasFlag(DangerKind.Staff)) lines.Add(texts.Get(SafetyTextKeys.SafetyDangerStaff, language));
        lines.Add(texts.Get(SafetyTextKeys.SafetyDangerProcedure, language, options.Value.CrisisProcedure.For(language)));
        lines.Add(texts.Get(SafetyTextKeys.SafetyDangerManager, language));
        return string.Join("\n\n", [texts.Get(SafetyTextKeys.SafetyDangerOpening, language), .. lines, Closing(language, coordinatorsAlerted, moment)]);
    }

    private string Closing(string language, bool coordinatorsAlerted, DangerMoment moment)
    {
        var key = SafetyTextKeys.SafetyDangerClosingPrefix + moment.Key + (coordinatorsAlerted ? "" : ".noChannel");
        return texts.Get(key, language, moment.CasusReference ?? "");
    }
}
