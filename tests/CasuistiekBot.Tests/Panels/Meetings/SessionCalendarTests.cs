using System.Net;
using System.Text;
using CasuistiekBot.Panels;
using CasuistiekBot.Panels.Meetings;
using CasuistiekBot.Testing;
using CasuistiekBot.Tests.Intake;

namespace CasuistiekBot.Tests.Panels.Meetings;

/// <summary>The invitation's calendar link: an opaque, sealed, expiring token, and an RFC 5545 file with no casus text or names.</summary>
public sealed class SessionCalendarTests
{
    [Fact]
    public async Task The_invitation_links_a_calendar_file_with_the_reference_time_and_place_only()
    {
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock);
        await PanelKit.ToSpreekuurAsync(app);
        var panel = await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);
        var member = (await PanelKit.MembersAsync(app)).First();
        var card = await InvitationTests.WaitForCardToAsync(app, member.AadObjectId, "invitation.accept");
        var casus = await IntakeTranscriptTests.SingleCasusAsync(app);

        var link = LogisticsKit.CalendarLink(card);
        // Nothing readable in the address: no reference, no panel id, no name.
        Assert.DoesNotContain(casus.Reference, link);
        Assert.DoesNotContain(panel.Id.ToString("N"), link, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(panel.Id.ToString(), link, StringComparison.OrdinalIgnoreCase);

        var askedAt = clock.GetUtcNow();
        var response = await app.Client.GetAsync(LogisticsKit.PathOf(link));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var ics = Encoding.UTF8.GetString(bytes);

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));                 // every line ends in CRLF
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var unfolded = ics.Replace("\r\n ", "");
        Assert.Contains($"UID:{panel.Id:N}@casuistiekbot\r\n", unfolded);
        Assert.Contains($"DTSTAMP:{askedAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}\r\n", unfolded);
        Assert.Contains("DTSTART:20261210T130000Z\r\n", unfolded);         // 14:00 in Amsterdam, winter time
        Assert.Contains("DTEND:20261210T143000Z\r\n", unfolded);
        Assert.Contains($"SUMMARY:Casuïstiek Spreekuur {casus.Reference}\r\n", unfolded);
        Assert.Contains("LOCATION:https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc123\r\n", unfolded);
        Assert.Contains("STATUS:CONFIRMED", unfolded);
        Assert.DoesNotContain("Test Gebruiker", unfolded);
        Assert.DoesNotContain(casus.Story[..Math.Min(30, casus.Story.Length)], unfolded);
        Assert.DoesNotContain(member.Name, unfolded);
    }

    [Fact]
    public async Task An_altered_or_made_up_token_is_404_and_an_expired_one_410_without_detail()
    {
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await LogisticsKit.StartAsync(clock);
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);
        var member = (await PanelKit.MembersAsync(app)).First();
        var path = LogisticsKit.PathOf(LogisticsKit.CalendarLink(await InvitationTests.WaitForCardToAsync(app, member.AadObjectId, "invitation.accept")));
        var token = path["/calendar/".Length..^".ics".Length];

        // One character changed in the middle of the sealed value: it no longer opens.
        var middle = token.Length / 2;
        var altered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
        foreach (var bad in new[] { altered, "not-a-token", token[..^4], "AAAA" })
        {
            var refused = await app.Client.GetAsync($"/calendar/{bad}.ics");
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal("", await refused.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(path)).StatusCode);

        // A week after the session the link has done its work.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 17, 13, 0, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(path)).StatusCode);
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 17, 13, 0, 1, TimeSpan.Zero));
        var expired = await app.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal("", await expired.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_public_address_the_invitation_has_no_calendar_link()
    {
        var clock = new FakeTimeProvider(LogisticsKit.FridayMorning);
        await using var app = await PanelKit.StartAsync(clock);
        await PanelKit.ToSpreekuurAsync(app);
        await PanelKit.SendInvitationsAsync(app, LogisticsKit.SessionDay);
        var member = (await PanelKit.MembersAsync(app)).First();

        var card = await InvitationTests.WaitForCardToAsync(app, member.AadObjectId, "invitation.accept");

        Assert.DoesNotContain("/calendar/", card);
        Assert.DoesNotContain("Zet in mijn agenda", card);
    }

    [Fact]
    public void Long_values_are_escaped_and_folded_at_75_octets_without_splitting_a_character()
    {
        var place = "Zaal Ëvenaar; vleugel B, verdieping 3 — " + string.Concat(Enumerable.Repeat("één ", 40));
        var ics = IcsCalendar.Write(new SessionEvent("u@x", LogisticsKit.FridayMorning, LogisticsKit.FridayMorning.AddHours(1), LogisticsKit.FridayMorning, 3,
            "Casuïstiek Spreekuur CS-2026-0001", place, null, null, Cancelled: false));

        var lines = ics.Split("\r\n");
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(lines, line => Encoding.UTF8.GetByteCount(line) > 70);   // long lines are filled, not cut early
        Assert.Contains("LOCATION:" + place.Replace(";", "\\;").Replace(",", "\\,") + "\r\n", ics.Replace("\r\n ", ""));
        Assert.DoesNotContain("\uFFFD", ics);
    }
}
