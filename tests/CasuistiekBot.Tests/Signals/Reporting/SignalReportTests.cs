using CasuistiekBot.Signals;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Triage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tests.Signals.Reporting;

/// <summary>"Signaal melden": any employee reports in the 1:1 chat, gets an SG reference, and the keeper gets the triage card.</summary>
public sealed class SignalReportTests
{
    [Fact]
    public async Task An_employee_reports_a_signal_in_the_personal_chat_gets_a_reference_and_the_keeper_gets_the_card()
    {
        await using var app = await IntakeKit.StartAsync();

        var answer = await IntakeKit.ReportAsync(app, what: "Mevrouw Jansen met BSN 123456782 kreeg geen uitstel. De regel is onwerkbaar.");

        var reference = $"SG-{DateTime.UtcNow.Year}-0001";
        Assert.Contains(reference, answer.ToJsonString());
        Assert.Contains("Dank je wel, je signaal is gemeld", answer.ToJsonString());
        await using var db = await IntakeTranscriptTests.Db(app);
        var signal = await db.Set<Signal>().AsNoTracking().SingleAsync();
        Assert.Equal(SignalStatus.Reported, signal.Status);
        Assert.Equal(SignalSource.Employee, signal.Source);
        Assert.DoesNotContain("123456782", signal.Description + signal.Title);
        Assert.DoesNotContain("Jansen", signal.Description + signal.Title);
        Assert.Equal("Vreemdelingenbesluit 2000, artikel 6.1", signal.ReportedRule);
        Assert.NotNull(signal.ReporterRoute);
        Assert.DoesNotContain(SignalKit.ChatOf(IntakeKit.Reporter), signal.ReporterRoute);
        var card = (await IntakeKit.KeeperCardAsync(app, reference)).ToJsonString();
        Assert.Contains(IntakeKit.ReporterName, card);
        Assert.Contains("signal.intake.merge", card);
        Assert.Contains("signal.intake.decline", card);
        // Nobody but the keeper is sent the card: not the owner, not the coordinators' channel.
        Assert.DoesNotContain(TriageKit.SentTo(app, SignalKit.ChatOf(SignalKit.Owner)), a => SignalKit.Describe(a).Contains(reference));
        Assert.DoesNotContain(TriageKit.SentTo(app, TriageKit.Channel), a => SignalKit.Describe(a).Contains(reference));
    }

    [Fact]
    public async Task The_same_form_sent_twice_stores_one_signal()
    {
        await using var app = await IntakeKit.StartAsync();
        var form = await IntakeKit.FormAsync(app);
        var data = Sessions.SessionKit.Inputs(form, "signal.report", new { what = "De leges zijn voor niemand op te brengen.", rule = "", example = "" });

        var first = await IntakeKit.ClickAsync(app, IntakeKit.Reporter, IntakeKit.ReporterName, "signal.report", data);
        var second = await IntakeKit.ClickAsync(app, IntakeKit.Reporter, IntakeKit.ReporterName, "signal.report", data);

        Assert.Equal(IntakeKit.ReferenceOf(first), IntakeKit.ReferenceOf(second));
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.Equal(1, await db.Set<Signal>().CountAsync());
    }

    [Fact]
    public async Task An_empty_report_is_refused_and_stores_nothing()
    {
        await using var app = await IntakeKit.StartAsync();
        var form = await IntakeKit.FormAsync(app);

        var answer = await IntakeKit.ClickAsync(app, IntakeKit.Reporter, IntakeKit.ReporterName, "signal.report",
            Sessions.SessionKit.Inputs(form, "signal.report", new { what = "  ", rule = "", example = "" }));

        Assert.Equal("Schrijf op wat er onwerkbaar, hard of onlogisch is.", SignalKit.Text(answer));
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.False(await db.Set<Signal>().AnyAsync());
    }

    [Fact]
    public async Task In_a_channel_the_command_and_the_form_are_refused_and_nothing_is_stored()
    {
        await using var app = await IntakeKit.StartAsync();

        (await app.PostAsync(app.InChannel("signaal melden", IntakeKit.Reporter, IntakeKit.ReporterName))).EnsureSuccessStatusCode();
        var posted = await app.PostAsync(app.ClickAs("signal.report", new { verb = "signal.report", what = "Onwerkbare regel." }, IntakeKit.Reporter, IntakeKit.ReporterName));

        var inChannel = app.Connector.Requests.Where(r => r.ConversationId?.StartsWith(TriageKit.Channel, StringComparison.Ordinal) == true && r.Activity is { Type: "message" })
            .Select(r => r.Activity!).ToList();
        Assert.Contains(inChannel, a => a.Text?.Contains("alleen in een persoonlijke chat met mij") == true);
        Assert.DoesNotContain(inChannel, a => SignalKit.Describe(a).Contains("signal.report"));
        Assert.Contains("Een signaal meld je in je persoonlijke chat met mij", await posted.Content.ReadAsStringAsync());
        await using var db = await IntakeTranscriptTests.Db(app);
        Assert.False(await db.Set<Signal>().AnyAsync());
    }

    [Fact]
    public async Task In_english_the_command_is_report_signal()
    {
        await using var app = await IntakeKit.StartAsync();

        await SignalKit.SayAsync(app, IntakeKit.Reporter, IntakeKit.ReporterName, "report signal");

        await SignalKit.WaitForAsync(app, SignalKit.ChatOf(IntakeKit.Reporter), a => TriageKit.CardJson(a).Contains("signal.report"));
    }
}
