using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace CasuistiekBot.Cases;

/// <summary>
/// Seals the way back to an author with a key kept outside the database, so that the casus row names no chat. Only
/// <see cref="AuthorMessenger"/>, which sends to the author, opens it.
/// </summary>
internal sealed class AuthorRouteSeal(IDataProtectionProvider protection)
{
    public const string Purpose = "CasuistiekBot.Cases.AuthorRoute.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public string Seal(AuthorRoute route) => _protector.Protect(JsonSerializer.Serialize(route));
}
