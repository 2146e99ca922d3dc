using CasuistiekBot.Expertise;
using CasuistiekBot.Roles;

namespace CasuistiekBot.Signals;

/// <summary>
/// Who may see signals beyond their own: coordinators (and admins) all of them, management-team members from the
/// directory those of their own MT, DGs those of every MT under them (dgOf) and of their own. An MT member whose
/// directory entry names no MT sees none.
/// </summary>
internal sealed class SignalAudience(IRoleResolver roles, ExpertiseDirectory directory)
{
    public async Task<SignalScope> ScopeAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId)) return SignalScope.Nothing;
        if (await roles.IsCoordinatorAsync(aadObjectId, cancellationToken)) return SignalScope.All;
        var person = await directory.FindAsync(aadObjectId, cancellationToken);
        if (person is null) return SignalScope.Nothing;
        if (person.Has(PersonRoles.Coordinator)) return SignalScope.All;
        return SignalScope.OfMts(person.ManagedMts);
    }

    /// <summary>Whether this person may see this signal. A signal registered without an MT belongs to its owner's MT in the directory today.</summary>
    public async Task<bool> MaySeeAsync(string? aadObjectId, Signal signal, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(aadObjectId, cancellationToken);
        if (scope.Covers(signal)) return true;
        return scope.Mts.Count > 0 && signal.OwnerMt is null
            && scope.IsOwnMt((await directory.FindAsync(signal.OwnerAadObjectId, cancellationToken))?.Mt);
    }
}
