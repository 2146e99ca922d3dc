namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// Section <c>Graph</c>: the app registration that creates the panel's Teams meeting (application permission
/// <c>OnlineMeetings.ReadWrite.All</c>, limited to <see cref="OrganizerUserId"/> by an application access policy; see
/// the README). Without <see cref="TenantId"/>, <see cref="ClientId"/>, a secret or certificate and the organiser, no
/// meetings are created and the invitation shows the place the coordinator typed.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public string? TenantId { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    /// <summary>A PFX file with the private key, used instead of <see cref="ClientSecret"/> when set.</summary>
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }

    /// <summary>Object id or UPN of the account that organises every panel meeting.</summary>
    public string? OrganizerUserId { get; set; }

    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Where tokens come from: <c>{Authority}/{TenantId}/oauth2/v2.0/token</c>.</summary>
    public string Authority { get; set; } = "https://login.microsoftonline.com";

    public string Scope { get; set; } = "https://graph.microsoft.com/.default";

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(OrganizerUserId)
        && (!string.IsNullOrWhiteSpace(ClientSecret) || !string.IsNullOrWhiteSpace(CertificatePath));
}
