using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// The calendar link on an invitation: <c>{PublicBaseUrl}/calendar/{token}.ics</c>, where the token is the panel id and
/// an expiry sealed with the app's Data Protection keys (<c>Privacy:SealingKey</c> or the key folder). The URL carries
/// nothing readable: no name, no reference, not even the panel id. An altered token does not open; an old one has expired.
/// </summary>
internal sealed class CalendarLinks(IDataProtectionProvider protection, IOptions<LogisticsOptions> options, TimeProvider clock)
{
    public const string Purpose = "CasuistiekBot.Panels.SessionCalendar.v1";
    public const string RoutePrefix = "/calendar/";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    /// <summary>The link for the panel's session, or null without a public address or a date.</summary>
    public string? For(Panel panel, DateTimeOffset? sessionStart)
    {
        if (options.Value.PublicBaseUrl is not { Length: > 0 } baseUrl || sessionStart is not { } start) return null;
        var expires = start + options.Value.LinkValidAfterSession;
        var payload = new byte[24];
        panel.Id.TryWriteBytes(payload.AsSpan(0, 16));
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(16), expires.ToUnixTimeSeconds());
        return $"{baseUrl.TrimEnd('/')}{RoutePrefix}{WebEncoders.Base64UrlEncode(_protector.Protect(payload))}.ics";
    }

    public CalendarToken Read(string token)
    {
        byte[] payload;
        try
        {
            payload = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return CalendarToken.Invalid;
        }
        if (payload.Length != 24) return CalendarToken.Invalid;
        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(16)));
        return clock.GetUtcNow() > expires ? CalendarToken.Expired : new CalendarToken(new Guid(payload.AsSpan(0, 16)), CalendarTokenState.Valid);
    }
}

internal enum CalendarTokenState
{
    Valid,
    Invalid,
    Expired,
}

internal readonly record struct CalendarToken(Guid PanelId, CalendarTokenState State)
{
    public static CalendarToken Invalid => new(Guid.Empty, CalendarTokenState.Invalid);
    public static CalendarToken Expired => new(Guid.Empty, CalendarTokenState.Expired);
}
