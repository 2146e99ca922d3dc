using CasuistiekBot.Expertise;

namespace CasuistiekBot.Cases;

/// <summary>
/// Whether the author's own line manager is among some people: asked before a panel of an anonymous casus may go ahead
/// without the author's answer. It is the one question about an anonymous author the bot answers, beside the sealed
/// route and with the same kind of key (the author lookup value's, outside the database); the answer is used at once and
/// never stored, logged or shown, so that nobody learns from it whose team the author is in.
/// </summary>
internal sealed class AuthorManagerCheck(AuthorKeys authorKeys, ExpertiseDirectory directory)
{
    public async Task<bool> IsAmongAsync(Casus casus, IReadOnlyCollection<string> people, CancellationToken cancellationToken)
    {
        var author = casus.AuthorAadObjectId is { } named ? await directory.FindAsync(named, cancellationToken) : await AnonymousAsync(casus, cancellationToken);
        return author?.ManagerAadObjectId is { } manager && people.Any(p => string.Equals(p, manager, StringComparison.OrdinalIgnoreCase));
    }

    // The lookup value is a keyed hash of the author's object id: only with the key can the directory be matched against it.
    private async Task<Person?> AnonymousAsync(Casus casus, CancellationToken cancellationToken) =>
        casus.AuthorKey is null ? null : (await directory.AllAsync(cancellationToken)).FirstOrDefault(p => authorKeys.Wrote(casus, p.AadObjectId));
}
