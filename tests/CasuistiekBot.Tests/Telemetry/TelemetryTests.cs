using System.Diagnostics;
using CasuistiekBot.Framework.Diagnostics;
using CasuistiekBot.Telemetry;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CasuistiekBot.Tests.Telemetry;

/// <summary>
/// What an exporter would receive: spans and metrics of the bot layer, the product, ASP.NET Core and HttpClient, read
/// from in-memory exporters after an intake whose story names a citizen, with a BSN, typed by a named employee.
/// </summary>
public sealed class TelemetryTests
{
    private static readonly string[] PersonalData =
    [
        "Jansen", "111222333", "Test Gebruiker", "00000000-0000-4000-8000-000000000101", "29:user-1", "a:personal-1",
        "ziekenhuis", "zoontje",
    ];

    [Fact]
    public async Task After_an_intake_with_personal_data_no_span_tag_or_metric_holds_any()
    {
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        await using var app = await BotApp.StartAsync(
            extra: new Dictionary<string, string?> { ["Delivery:BacklogSampleInterval"] = "00:00:00.100", ["Telemetry:Record"] = "true" },
            services: s =>
            {
                s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans));
                s.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
            });

        await IntakeTranscriptTests.RaiseToSummaryAsync(app);
        var (submitted, _) = await app.ClickAsync("intake.submit", new { confirm = "submit" });
        Assert.Contains("CS-", submitted!.ToJsonString());
        await Task.Delay(300);
        // Shutting the providers down flushes them and stops the exports, which would otherwise go on adding to the
        // lists (the outbox's backlog sampler, the periodic metric reader) while the assertions read them.
        app.Services.GetRequiredService<TracerProvider>().Shutdown();
        app.Services.GetRequiredService<MeterProvider>().Shutdown();

        // Something was exported: the test would pass vacuously otherwise.
        Assert.Contains(spans, s => s.Source.Name == BotTelemetry.Name && Equals(s.GetTagItem("bot.activity.type"), "message"));
        Assert.Contains(spans, s => s.Source.Name == "Microsoft.AspNetCore");
        Assert.Contains(metrics, m => m.Name == "bot.turns" && Tags(m).Any(t => t == "bot.turn.outcome=ok"));
        Assert.Contains(metrics, m => m.Name == "bot.turn.duration");
        Assert.Contains(metrics, m => m.Name == "casuistiek.outbox.depth");
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration");

        var exported = spans.SelectMany(SpanStrings).Concat(metrics.SelectMany(MetricStrings)).ToList();
        Assert.NotEmpty(exported);
        foreach (var value in PersonalData)
        {
            Assert.DoesNotContain(exported, text => text.Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Without_an_exporter_no_span_or_measurement_is_recorded()
    {
        await using var app = await BotApp.StartAsync();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/a:1xYz_9/activities/1481567603816", "https://smba.trafficmanager.net/emea/v3/conversations/{id}/activities/{id}")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.tacv2/pagedmembers?pageSize=50", "https://smba.trafficmanager.net/amer/v3/conversations/{id}/pagedmembers")]
    [InlineData("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", "https://login.microsoftonline.com/{id}/oauth2/{id}/token")]
    [InlineData("https://bot.example/dashboard/signals/3f2504e0-4f89-11d3-9a0c-0305e82c3301", "https://bot.example/dashboard/signals/{id}")]
    public void A_connector_url_shows_no_conversation_activity_or_member_id(string url, string shown) =>
        Assert.Equal(shown, ConnectorUrls.Redact(new Uri(url)));

    private static IEnumerable<string> SpanStrings(Activity span) =>
        new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? "" }
            .Concat(span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name} {t.Key}={t.Value}")))
            .Concat(span.Baggage.Select(b => $"{b.Key}={b.Value}"));

    private static IEnumerable<string> MetricStrings(MetricSnapshot metric) => new[] { metric.Name, metric.Description, metric.Unit }.Concat(Tags(metric));

    private static IEnumerable<string> Tags(MetricSnapshot metric)
    {
        var tags = new List<string>();
        foreach (var point in metric.MetricPoints)
        {
            foreach (var tag in point.Tags) tags.Add($"{tag.Key}={tag.Value}");
        }
        return tags;
    }
}
