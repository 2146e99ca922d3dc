using CasuistiekBot.Coordinators;
using CasuistiekBot.Delivery;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Cases;

/// <summary>
/// A message to a casus author that will not arrive, for the coordinators' failure notice. It names nobody, so an
/// anonymous author stays anonymous. One that did not reach their chat is not reported: it waits with the casus and is
/// offered again when they next talk to the bot (<see cref="UndeliveredAuthorNews"/>), so it has not failed for good.
/// </summary>
internal sealed class AuthorFailureSubject(Texts texts) : IFailedMessageSubject
{
    public Task<FailureSubject?> DescribeAsync(CasuistiekDbContext db, DeadLetter deadLetter, string language, CancellationToken cancellationToken)
    {
        if (deadLetter.Reason is DeadLetterReason.RecipientGone or DeadLetterReason.ConversationNotFound
            && AuthorMessenger.Parse(deadLetter.IdempotencyKey) is not null)
        {
            return Task.FromResult<FailureSubject?>(FailureSubject.Unreported);
        }
        return Task.FromResult(deadLetter.IdempotencyKey.StartsWith("author:", StringComparison.Ordinal)
            ? new FailureSubject(texts.Get(CasesTextKeys.AuthorFailureSubject, language))
            : null);
    }
}
