using CasuistiekBot.Cases;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;

namespace CasuistiekBot.Signals;

/// <summary>
/// Tells the person who raised the source casus what became of the signal, in their language and their chat with the
/// bot. An anonymous author is reached the same way without anyone learning who they are.
/// </summary>
internal sealed class SignalFeedback(AuthorMessenger authors, Texts texts)
{
    public static string ClosedKey(Signal signal) => $"signal:{signal.Id:N}:afgerond";

    /// <summary>The outbox key of the closing feedback, for measuring how many authors were told.</summary>
    public static OutboxKey ClosedOutboxKey(Guid casusId, Guid signalId) => OutboxKey.Of("author", casusId, "signal", signalId, "afgerond");

    public async Task OnChangedAsync(CasuistiekDbContext db, Signal signal, string action, CancellationToken cancellationToken)
    {
        if (signal.SourceCasusId is not { } casusId) return;
        var casus = await CasusLookup.FindAsync(db, casusId, cancellationToken);
        if (casus is null) return;
        var language = casus.Language;
        var (key, text) = action switch
        {
            "afgerond" => (ClosedKey(signal), Closed(signal, casus, language)),
            "overdracht-aanvaard" => ($"signal:{signal.Id:N}:overgedragen:v{signal.Version}",
                texts.Get(SignalsTextKeys.SignalAuthorTransferred, language, casus.Reference, signal.Title, signal.Reference, signal.OwnerName)),
            "termijn-verplaatst" => ($"signal:{signal.Id:N}:termijn:{SignalDates.Iso(signal.DueDate)}:v{signal.Version}",
                texts.Get(SignalsTextKeys.SignalAuthorDueMoved, language, casus.Reference, signal.Title, signal.Reference, Texts.Day(signal.DueDate, language))),
            _ => (null, null),
        };
        if (key is null || text is null) return;
        await authors.EnqueueAsync(db, casus, key, MessageFactory.Text(text), cancellationToken);
    }

    private string Closed(Signal signal, Casus casus, string language)
    {
        var text = texts.Get(SignalsTextKeys.SignalAuthorClosed, language, casus.Reference, signal.Title, signal.Reference,
            texts.Get(SignalsTextKeys.SignalResolutionPrefix + signal.Resolution, language).ToLower(Texts.Culture(language)), signal.ResolutionText ?? "");
        return signal.Motivation is { Length: > 0 } why ? text + "\n\n" + texts.Get(SignalsTextKeys.SignalAuthorMotivation, language, why) : text;
    }
}
