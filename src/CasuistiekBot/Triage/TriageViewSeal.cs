using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace CasuistiekBot.Triage;

/// <summary>
/// Binds the casus id on a confidential triage card's refresh and "Naam tonen" to that card: the id travels with a
/// seal only the bot can make, so a request edited to name another casus is answered with nothing.
/// </summary>
internal sealed class TriageViewSeal(IDataProtectionProvider protection)
{
    private const string Purpose = "CasuistiekBot.Triage.AuthorView";
    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public string For(Guid casusId) => _protector.Protect(casusId.ToString("N"));

    public bool Matches(string? seal, Guid casusId)
    {
        if (string.IsNullOrEmpty(seal)) return false;
        try
        {
            return _protector.Unprotect(seal) == casusId.ToString("N");
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
    }
}
