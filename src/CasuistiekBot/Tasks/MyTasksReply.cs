using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tasks;

/// <summary>
/// The answer to "mijn taken", "mijn uitnodigingen" and "mijn actiepunten": a list of the person's own open tasks, then
/// each task's own card posted again (at most <see cref="MaxCards"/>), so someone who lost the chat history can act.
/// The commands that use it answer only in the person's 1:1 chat (their scope); a person the bot cannot identify sees nothing.
/// </summary>
internal sealed class MyTasksReply(IDbContextFactory<CasuistiekDbContext> databases, OpenTasks open, MyTasksCard list, Texts texts)
{
    public const int MaxCards = 10;

    /// <param name="textPrefix">The list's own texts: "{prefix}.heading", ".summary", ".none", ".cards", ".someCards", ".hint".</param>
    public async Task SendAsync(ITurnContext turn, string textPrefix, IEnumerable<IMyTaskSource> sources, CancellationToken cancellationToken)
    {
        var request = turn.Activity;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var sections = await open.ReadAsync(db, request.From?.AadObjectId, turn.Language, sources, cancellationToken);
        var tasks = sections.SelectMany(s => s.Tasks).ToList();
        if (tasks.Count == 0)
        {
            await turn.SendAsync(MessageFactory.Text(texts.Get(textPrefix + ".none", turn)), cancellationToken);
            return;
        }

        await turn.SendAsync(MessageFactory.Card(list.Render(textPrefix, sections, turn.Language, request.From?.Id)), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var task in tasks.Take(MaxCards))
        {
            await task.PostCardAgainAsync(db, request, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
