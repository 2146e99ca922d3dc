using CasuistiekBot.Expertise;
using CasuistiekBot.Localization;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Signals;

/// <summary>
/// Who may own an action point or a signal, as card choices, and what an owner field on a returned card means. The
/// field holds an object id (chosen from the list) or a typed name or e-mail (large directories); both are checked
/// against the directory again, so a forged id never becomes an owner.
/// </summary>
internal sealed class OwnerDirectory(ExpertiseDirectory directory, IOptions<SignalFormOptions> options)
{
    public async Task<IReadOnlyList<Person>> EligibleAsync(OwnerKind kind, CancellationToken cancellationToken) =>
        (await directory.AllAsync(cancellationToken)).Where(p => IsEligible(p, kind)).ToList();

    /// <summary>The list for a Input.ChoiceSet, or null when there are too many people and the card asks for a name.</summary>
    public async Task<IReadOnlyList<OwnerChoice>?> ChoicesAsync(OwnerKind kind, CancellationToken cancellationToken)
    {
        var people = await EligibleAsync(kind, cancellationToken);
        if (people.Count > options.Value.MaxOwnerChoices) return null;
        return people.Select(p => new OwnerChoice(p.AadObjectId, string.IsNullOrWhiteSpace(p.OrgUnit) ? p.Name : $"{p.Name} ({p.OrgUnit})")).ToList();
    }

    public async Task<(Person? Owner, Refusal? Refusal)> ResolveAsync(string? value, OwnerKind kind, CancellationToken cancellationToken)
    {
        var wanted = value?.Trim() ?? "";
        if (wanted.Length == 0) return (null, new Refusal(Required(kind)));
        if (await directory.FindAsync(wanted, cancellationToken) is { } byId)
        {
            return IsEligible(byId, kind) ? (byId, null) : (null, new Refusal(SignalsTextKeys.SessionOwnerNotEligible, byId.Name));
        }
        var matches = (await directory.SearchAsync(wanted, cancellationToken)).Where(p => IsEligible(p, kind)).ToList();
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, new Refusal(SignalsTextKeys.SessionOwnerNotFound, wanted)),
            _ => (null, new Refusal(SignalsTextKeys.SessionOwnerAmbiguous, wanted, string.Join(", ", matches.Take(5).Select(p => p.Name)))),
        };
    }

    private static string Required(OwnerKind kind) => kind == OwnerKind.Signal ? SignalsTextKeys.SessionSignalOwnerRequired : SignalsTextKeys.SessionActionOwnerRequired;

    private static bool IsEligible(Person person, OwnerKind kind) =>
        kind == OwnerKind.ActionPoint || person.Has(PersonRoles.MtMember) || person.Has(PersonRoles.DirectorGeneral);
}
