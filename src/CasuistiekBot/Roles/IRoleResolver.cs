namespace CasuistiekBot.Roles;

/// <summary>Who someone is to the product, by Entra object id. Every card action asks this before it changes anything.</summary>
public interface IRoleResolver
{
    bool IsAdmin(string? aadObjectId);

    Task<bool> IsCoordinatorAsync(string? aadObjectId, CancellationToken cancellationToken);

    /// <summary>A signal keeper by configuration (<c>Roles:SignalKeepers</c>); an admin may always act as one.</summary>
    bool IsSignalKeeper(string? aadObjectId);
}
