using System.Globalization;
using CasuistiekBot.Hearing;
using CasuistiekBot.Localization;
using CasuistiekBot.Signals;

namespace CasuistiekBot.Reporting;

/// <summary>The words every format of the report uses for codes: resolutions, statuses, categories, a missing law or MT.</summary>
internal sealed class StandLabels(Texts texts, string language)
{
    public string Language => language;

    public CultureInfo Culture { get; } = Texts.Culture(language);

    public string T(string key, params object[] args) => texts.Get(key, language, args);

    public string Resolution(string? kind) => kind is null ? "" : Known(SignalsTextKeys.SignalResolutionPrefix + kind) ?? kind;

    /// <summary>What became of a signal: its resolution, "samengevoegd in SG-…", "afgewezen: reason", or its status.</summary>
    public string Outcome(StandSignal s) =>
        s.Resolution is { } resolution ? Resolution(resolution)
        : s.MergedInto is { } target ? T(ReportingTextKeys.StandStatusMergedInto, target)
        : s.Status == SignalStatus.Declined ? T(ReportingTextKeys.StandStatusDeclined, s.DeclineReason ?? "")
        : Status(s.Status);

    public string Status(string status) => Known(SignalsTextKeys.SignalStatusPrefix + status) ?? status;

    public string Category(string category) => Known(SignalsTextKeys.SignalCategoryPrefix + category) ?? category;

    public string Law(string? law) => string.IsNullOrWhiteSpace(law) ? T(ReportingTextKeys.StandLawNone) : law;

    public string Mt(string? mt) => string.IsNullOrWhiteSpace(mt) ? T(ReportingTextKeys.StandOpenNoMt) : mt;

    public string Role(string role) => T(role == HeardRoles.Author ? ReportingTextKeys.StandHeardAuthors : ReportingTextKeys.StandHeardPanel);

    public string Day(DateOnly day) => Texts.Day(day, language);

    public string Number(double value) => value.ToString("0.#", Culture);

    public string Month(int month) => Culture.DateTimeFormat.GetAbbreviatedMonthName(month).TrimEnd('.');

    private string? Known(string key) => texts.Keys.Contains(key) ? texts.Get(key, language) : null;
}
