namespace CasuistiekBot.Dashboard;

/// <summary>Who a valid Teams SSO token speaks for: the Entra object id and tenant, nothing more is kept.</summary>
internal sealed record SsoUser(string ObjectId, string TenantId);
