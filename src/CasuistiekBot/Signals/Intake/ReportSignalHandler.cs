using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Signals.Intake;

/// <summary>
/// "Signaal melden": any employee reports, in their own 1:1 chat, what is unworkable, harsh or illogical, which law or
/// rule, and an example without personal data. The form is replaced by the reference once stored; the same form sent
/// again gets that reference back and stores nothing new.
/// </summary>
internal sealed class ReportSignalHandler(
    IDbContextFactory<CasuistiekDbContext> databases,
    ReportedSignals reported,
    CardTemplateStore templates,
    Texts texts) : ICommandHandler, ICardActionHandler
{
    public IReadOnlyCollection<string> Commands { get; } = ["signaal melden", "report signal", "report a signal", "melding signaal"];

    public CommandScope Scope => CommandScope.Personal;

    public IReadOnlyCollection<string> Verbs { get; } = [IntakeVerbs.Report];

    public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.SendAsync(MessageFactory.Card(Form(turn.Language)), cancellationToken);

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var from = turn.Activity.From;
        // The way back to the reporter is the chat the form was sent from: only a 1:1 chat will do.
        if (from?.AadObjectId is not { Length: > 0 } actor || turn.Activity.Conversation?.ConversationType != ConversationTypes.Personal)
        {
            return texts.Answer(turn, SignalsIntakeTextKeys.SignalReportReportPersonalOnly);
        }
        var nonce = CardNonce.KeyOf(action, actor);
        if (nonce is not null && await ExistingAsync(nonce, turn, cancellationToken) is { } repeat) return repeat;
        var report = new SignalReport(action.GetString("what") ?? "", action.GetString("rule") ?? "", action.GetString("example") ?? "");
        if (string.IsNullOrWhiteSpace(report.What)) return texts.Answer(turn, SignalsIntakeTextKeys.SignalReportWhatRequired);

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reporter = new SignalReporter(actor, from.Name ?? "", turn.Activity.ChannelId ?? "msteams", turn.Activity.Conversation!.Id!, turn.Language);
        var signal = await reported.RegisterAsync(db, report, reporter, nonce, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (nonce is not null && DbErrors.IsUniqueViolation(exception))
        {
            await transaction.RollbackAsync(cancellationToken);
            if (await ExistingAsync(nonce, turn, cancellationToken) is { } first) return first;
            throw;
        }
        return Done(signal, turn.Language);
    }

    private async Task<InvokeResponse?> ExistingAsync(string nonce, ITurnContext turn, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var signal = await db.Set<Signal>().AsNoTracking().FirstOrDefaultAsync(s => s.Nonce == nonce, cancellationToken);
        return signal is null ? null : Done(signal, turn.Language);
    }

    private InvokeResponse Done(Signal signal, string language) => InvokeResponse.Card(templates.Bind(IntakeCardNames.ReportDone, new
    {
        signal.Reference,
        Heading = texts.Get(SignalsIntakeTextKeys.SignalReportReportDoneHeading, language),
        Text = texts.Get(SignalsIntakeTextKeys.SignalReportReportDone, language, signal.Reference),
    }));

    private JsonObject Form(string language)
    {
        string T(string key) => texts.Get(key, language);
        return templates.Bind(IntakeCardNames.Report, new
        {
            Nonce = CardNonce.New(),
            Heading = T(SignalsIntakeTextKeys.SignalReportReportHeading),
            Intro = T(SignalsIntakeTextKeys.SignalReportReportIntro),
            Privacy = T(SignalsIntakeTextKeys.SignalReportReportPrivacy),
            Labels = new
            {
                What = T(SignalsIntakeTextKeys.SignalReportReportWhat), Rule = T(SignalsIntakeTextKeys.SignalReportReportRule),
                Example = T(SignalsIntakeTextKeys.SignalReportReportExample), Send = T(SignalsIntakeTextKeys.SignalReportReportSend),
                Required = T(SignalsTextKeys.SignalLabelRequired),
            },
        });
    }
}
