using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Signals.Intake;

/// <summary>
/// What the reporter of a signal hears, in their language and the chat they reported from: that a keeper accepted,
/// merged or declined it, and what was done once it (or the signal it was merged into) is closed.
/// </summary>
internal sealed class ReporterMessages(AuthorMessenger messenger, Texts texts, ILogger<ReporterMessages> logger)
{
    public Task AcceptedAsync(CasuistiekDbContext db, Signal reported, CancellationToken cancellationToken) =>
        TellAsync(db, reported, "aanvaard", SignalsIntakeTextKeys.SignalReportReporterAccepted, cancellationToken, reported.Reference, reported.Title, reported.OwnerName);

    public Task MergedAsync(CasuistiekDbContext db, Signal reported, Signal into, CancellationToken cancellationToken) =>
        TellAsync(db, reported, "samengevoegd", SignalsIntakeTextKeys.SignalReportReporterMerged, cancellationToken, reported.Reference, into.Reference, into.Title);

    public Task DeclinedAsync(CasuistiekDbContext db, Signal reported, CancellationToken cancellationToken) =>
        TellAsync(db, reported, "afgewezen", SignalsIntakeTextKeys.SignalReportReporterDeclined, cancellationToken, reported.Reference, reported.Title, reported.DeclineReason ?? "");

    /// <summary>The feedback when <paramref name="closed"/> closes, for the reporter of <paramref name="reported"/> (the same signal, or one merged into it).</summary>
    public async Task ClosedAsync(CasuistiekDbContext db, Signal reported, Signal closed, CancellationToken cancellationToken)
    {
        var language = reported.ReporterLanguage ?? "nl";
        var resolution = texts.Get(SignalsTextKeys.SignalResolutionPrefix + closed.Resolution, language).ToLower(Texts.Culture(language));
        var text = reported.Id == closed.Id
            ? texts.Get(SignalsIntakeTextKeys.SignalReportReporterClosed, language, closed.Reference, closed.Title, resolution, closed.ResolutionText ?? "")
            : texts.Get(SignalsIntakeTextKeys.SignalReportReporterMergedClosed, language, reported.Reference, closed.Reference, closed.Title, resolution, closed.ResolutionText ?? "");
        if (closed.Motivation is { Length: > 0 } why) text += "\n\n" + texts.Get(SignalsTextKeys.SignalAuthorMotivation, language, why);
        await SendAsync(db, reported, $"afgerond:{closed.Id:N}", text, cancellationToken);
    }

    /// <summary>The outbox key of a message to a reporter; never starting with the authors' group.</summary>
    public static string Key(Signal reported, string what) => $"reporter:{reported.Id:N}:{what}";

    private Task TellAsync(CasuistiekDbContext db, Signal reported, string what, string key, CancellationToken cancellationToken, params object[] args) =>
        SendAsync(db, reported, what, texts.Get(key, reported.ReporterLanguage ?? "nl", args), cancellationToken);

    private async Task SendAsync(CasuistiekDbContext db, Signal reported, string what, string text, CancellationToken cancellationToken)
    {
        var activity = MessageFactory.Text(text) with { Locale = reported.ReporterLanguage ?? "nl" };
        if (!await messenger.EnqueueToRouteAsync(db, reported.ReporterRoute, Key(reported, what), activity, cancellationToken))
        {
            logger.LogWarning("Signal {Reference} has no way back to its reporter; message {What} is not sent", reported.Reference, what);
        }
    }
}
