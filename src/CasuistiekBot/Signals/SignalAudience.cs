using CasuistiekBot.Expertise;
using CasuistiekBot.Roles;

namespace CasuistiekBot.Signals;

/// <summary>Who may see signals beyond their own: coordinators (and admins), and management-team members and DGs from the directory.</summary>
internal sealed class SignalAudience(IRoleResolver roles, ExpertiseDirectory directory)
{
    public async Task<bool> MaySeeAsync(string? aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId)) return false;
        if (await roles.IsCoordinatorAsync(aadObjectId, cancellationToken)) return true;
        var person = await directory.FindAsync(aadObjectId, cancellationToken);
        return person is not null && (person.Has(PersonRoles.MtMember) || person.Has(PersonRoles.DirectorGeneral));
    }
}
