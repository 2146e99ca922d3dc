using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Triage;

/// <summary>The author answers a relayed question; only the author may, and the answer appears on the triage card.</summary>
internal sealed class AnswerHandler(
    IDbContextFactory<CasuistiekDbContext> databases,
    AuthorKeys authorKeys,
    TriagePublisher publisher,
    QuestionCards cards,
    PersonalDataScrubber scrubber,
    TimeProvider clock,
    Texts texts) : ICardActionHandler
{
    private const int MaxAnswer = 2000;

    public IReadOnlyCollection<string> Verbs { get; } = [TriageVerbs.Answer];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (!long.TryParse(action.GetString("questionId"), out var questionId)) return texts.Answer(turn, LocalizationTextKeys.AuthorQuestionNotYours);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var question = await db.Set<CasusQuestion>().FirstOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        var casus = question is null ? null : await CasusLookup.FindForChangeAsync(db, question.CasusId, cancellationToken);
        var author = turn.Activity.From?.AadObjectId;
        if (question is null || casus is null || author is null || !authorKeys.Wrote(casus, author)) return texts.Answer(turn, LocalizationTextKeys.AuthorQuestionNotYours);
        if (question.Answer is not null) return InvokeResponse.Card(cards.Render(casus, question));

        var answer = action.GetString("answer")?.Trim();
        if (string.IsNullOrEmpty(answer)) return texts.Answer(turn, LocalizationTextKeys.AuthorQuestionRequired);
        var now = clock.GetUtcNow();
        question.Answer = scrubber.ScrubTyped(answer, MaxAnswer);
        question.AnsweredAt = now;
        casus.UpdatedAt = now;
        Audit.Casus(db, now, casus.Visibility == CasusVisibility.Anonymous ? Audit.AnonymousAuthor : author, casus, "vraag-beantwoord");
        var questions = await db.Set<CasusQuestion>().Where(q => q.CasusId == casus.Id).OrderBy(q => q.Id).ToListAsync(cancellationToken);
        var decision = await db.Set<TriageDecision>().FirstOrDefaultAsync(d => d.CasusId == casus.Id, cancellationToken);
        await publisher.PublishAsync(db, casus, decision, questions, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return InvokeResponse.Card(cards.Render(casus, question));
    }
}
