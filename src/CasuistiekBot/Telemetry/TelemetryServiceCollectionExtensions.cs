using Azure.Monitor.OpenTelemetry.AspNetCore;
using CasuistiekBot.Framework.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Instrumentation.Http;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CasuistiekBot.Telemetry;

internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>The product's meter, for any slice that counts something (safe to call more than once).</summary>
    public static IServiceCollection AddProductMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<ProductMetrics>();
        return services;
    }

    /// <summary>
    /// Traces and metrics of the bot layer, the product, the language-model pipeline, ASP.NET Core and HttpClient, for an
    /// exporter: the Azure Monitor distro when APPLICATIONINSIGHTS_CONNECTION_STRING is set, else OTLP when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set. Without one nothing would leave the process, so no span or measurement is
    /// recorded at all (a span per request and per connector call cost CPU on every turn); <c>Telemetry:Record=true</c>
    /// records them anyway, for an exporter added in code.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProductMetrics();
        string[] sources = [BotTelemetry.Name, ProductMetrics.Name, ProductMetrics.AssistantSource];
        var azure = !string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (!azure && !otlp && !configuration.GetValue<bool>("Telemetry:Record")) return services;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("casuistiekbot"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(sources);
                // The distro brings its own ASP.NET Core and HttpClient instrumentation.
                if (!azure) tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(sources);
                if (!azure) metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
            });
        // Connector URLs carry conversation ids in their path: spans show paths redacted, whichever exporter is used.
        services.Configure<HttpClientTraceInstrumentationOptions>(options => options.EnrichWithHttpRequestMessage = (span, request) =>
        {
            if (request.RequestUri is { } uri) span.SetTag("url.full", ConnectorUrls.Redact(uri));
        });
        services.Configure<AspNetCoreTraceInstrumentationOptions>(options => options.EnrichWithHttpRequest = (span, request) =>
            span.SetTag("url.path", ConnectorUrls.RedactPath(request.Path.Value ?? "")));
        if (azure) telemetry.UseAzureMonitor();
        else if (otlp) telemetry.UseOtlpExporter();
        return services;
    }
}
