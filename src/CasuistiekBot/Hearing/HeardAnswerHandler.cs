using System.Globalization;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Panels;
using CasuistiekBot.Privacy;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Hearing;

/// <summary>
/// An answer to "Voelde je je gehoord?". Kept only from the inbrenger of a discussed casus (found the way "mijn casussen"
/// finds it) or from a panel member who took part; one answer per person per casus: a second one is refused and the
/// first stands. A score outside 1–5, an unknown casus or a role that is not the person's own is refused and nothing
/// is kept. The remark is cut and scrubbed; the answer is kept without the person and with only the quarter.
/// </summary>
internal sealed class HeardAnswerHandler(
    IDbContextFactory<CasuistiekDbContext> databases, MyCases myCases, AuthorKeys keys, PersonalDataScrubber scrubber, HeardCards cards,
    WorkingDayCalendar calendar, TimeProvider clock, Texts texts) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [HeardVerbs.Answer];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var role = action.GetString("role");
        var person = turn.Activity.From?.AadObjectId;
        if (!HeardRoles.IsKnown(role) || person is not { Length: > 0 } || !Guid.TryParse(action.GetString("casusId"), out var casusId))
        {
            return texts.Answer(turn, HearingTextKeys.HeardUnknown);
        }
        if (!int.TryParse(action.GetString("score"), NumberStyles.None, CultureInfo.InvariantCulture, out var score)
            || score is < HeardAnswer.MinScore or > HeardAnswer.MaxScore)
        {
            return texts.Answer(turn, HearingTextKeys.HeardInvalid);
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var casus = await CasusLookup.FindAsync(db, casusId, cancellationToken);
        if (casus is null || casus.IsErased || casus.Status is not (CasusStatus.Discussed or CasusStatus.Closed)) return texts.Answer(turn, HearingTextKeys.HeardUnknown);
        var respondent = role == HeardRoles.Author
            ? await myCases.FindOwnAsync(turn, casusId.ToString(), cancellationToken) is null ? null : HeardRoles.Author
            : await PanelAttendees.SatOnAsync(db, casusId, person, cancellationToken) ? HeardRoles.Panel + ":" + keys.For($"{casusId:N}:{person}") : null;
        if (respondent is null) return texts.Answer(turn, HearingTextKeys.HeardUnknown);

        var title = texts.Get(HearingTextKeys.HeardAuthorTitle, turn);
        if (await db.Set<HeardAnswer>().AnyAsync(a => a.CasusId == casusId && a.Respondent == respondent, cancellationToken))
        {
            return InvokeResponse.Card(cards.Answered(title, texts.Get(HearingTextKeys.HeardAlready, turn, casus.Reference), turn.Language));
        }
        // The year and quarter of the organisation's calendar, as the yearly report counts them.
        var now = calendar.LocalDate(clock.GetUtcNow());
        db.Add(new HeardAnswer
        {
            Id = Guid.NewGuid(), CasusId = casusId, Role = role!, Respondent = respondent, Score = score, Remark = Remark(action.GetString("remark")),
            Year = now.Year, Quarter = (now.Month - 1) / 3 + 1,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person's second answer arrived at the same moment: the first one stands.
            return InvokeResponse.Card(cards.Answered(title, texts.Get(HearingTextKeys.HeardAlready, turn, casus.Reference), turn.Language));
        }
        return InvokeResponse.Card(cards.Answered(title, texts.Get(HearingTextKeys.HeardThanks, turn, score), turn.Language));
    }

    private string? Remark(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var scrubbed = scrubber.ScrubTyped(typed.Trim(), HeardAnswer.MaxRemark).Trim();
        // A placeholder can be longer than what it replaced.
        return scrubbed.Length > HeardAnswer.MaxRemark ? scrubbed[..(HeardAnswer.MaxRemark - 1)] + "…" : scrubbed;
    }
}
