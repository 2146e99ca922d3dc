using System.Security.Cryptography;
using System.Text;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>
/// What the Teams meeting of a panel should be right now: subject (the reference only), start, end and the attendees by
/// object id. <see cref="Fingerprint"/> is what the meeting row remembers of the last version Graph accepted, so a move
/// or a new member is noticed without keeping the attendees' ids twice.
/// </summary>
internal sealed record MeetingPlan(string Subject, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<string> Attendees)
{
    public string Fingerprint
    {
        get
        {
            var text = string.Join('\n', [Start.UtcDateTime.ToString("o"), End.UtcDateTime.ToString("o"), .. Attendees.Order(StringComparer.Ordinal)]);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        }
    }
}
