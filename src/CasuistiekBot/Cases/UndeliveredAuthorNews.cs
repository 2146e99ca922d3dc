using CasuistiekBot.Delivery;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Cases;

/// <summary>
/// A message to an author that will not arrive (the chat is gone, the bot was removed, delivery kept failing) stays with
/// the casus, marked, and is offered again the next time the author talks to the bot (<see cref="NewsReoffer"/>).
/// </summary>
internal sealed class UndeliveredAuthorNews(IDbContextFactory<CasuistiekDbContext> databases, WaitingNews waiting) : IDeadLetterListener
{
    public async Task OnDeadAsync(DeadLetter deadLetter, CancellationToken cancellationToken)
    {
        if (AuthorMessenger.Parse(deadLetter.IdempotencyKey) is not { } message) return;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await CasusNewsLog.MarkUndeliveredAsync(db, message.CasusId, message.Key, cancellationToken);
        waiting.Marked();
    }
}
