using System.Globalization;
using System.Text;

namespace CasuistiekBot.Panels.Meetings;

/// <summary>What a session's calendar file says: no casus text and no names, only the reference, time and place.</summary>
internal sealed record SessionEvent(
    string Uid, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset Stamp, long Sequence, string Summary, string? Location, string? JoinUrl,
    string? JoinLabel, bool Cancelled);

/// <summary>
/// An iCalendar file (RFC 5545) with one VEVENT, times in UTC. TEXT values are escaped (section 3.3.11) and every
/// content line is folded at 75 octets without splitting a UTF-8 character (section 3.1); lines end in CRLF.
/// </summary>
internal static class IcsCalendar
{
    private const int MaxOctets = 75;

    public static string Write(SessionEvent e)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Ministerie van Justitie en Veiligheid//CasuistiekBot//NL",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:" + Text(e.Uid),
            "DTSTAMP:" + Utc(e.Stamp),
            "DTSTART:" + Utc(e.Start),
            "DTEND:" + Utc(e.End),
            "SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture),
            "SUMMARY:" + Text(e.Summary),
            "STATUS:" + (e.Cancelled ? "CANCELLED" : "CONFIRMED"),
        };
        if (!string.IsNullOrWhiteSpace(e.Location)) lines.Add("LOCATION:" + Text(e.Location));
        if (!string.IsNullOrWhiteSpace(e.JoinUrl))
        {
            lines.Add("URL:" + e.JoinUrl);
            lines.Add("DESCRIPTION:" + Text($"{e.JoinLabel} {e.JoinUrl}".Trim()));
            lines.Add("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + e.JoinUrl);
        }
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var file = new StringBuilder();
        foreach (var line in lines) Fold(file, line);
        return file.ToString();
    }

    public static string Utc(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public static string Text(string value) => value
        .Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
        .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>Writes <paramref name="line"/> as lines of at most 75 octets; each continuation starts with a space.</summary>
    public static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 1;
            }
            output.Append(rune.ToString());
            octets += size;
        }
        output.Append("\r\n");
    }
}
