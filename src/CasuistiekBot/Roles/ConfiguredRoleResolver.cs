using Microsoft.Extensions.Options;

namespace CasuistiekBot.Roles;

/// <summary>Roles from configuration; an admin may always act as a coordinator.</summary>
internal sealed class ConfiguredRoleResolver(IOptionsMonitor<RolesOptions> options) : IRoleResolver
{
    public bool IsAdmin(string? aadObjectId) => Contains(options.CurrentValue.Admins, aadObjectId);

    public Task<bool> IsCoordinatorAsync(string? aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(IsAdmin(aadObjectId) || Contains(options.CurrentValue.Coordinators, aadObjectId));

    public bool IsSignalKeeper(string? aadObjectId) => IsAdmin(aadObjectId) || Contains(options.CurrentValue.SignalKeepers, aadObjectId);

    private static bool Contains(List<string> ids, string? aadObjectId) =>
        !string.IsNullOrWhiteSpace(aadObjectId) && ids.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase);
}
