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
    /// Traces and metrics of the bot layer, the product, the language-model pipeline, ASP.NET Core and HttpClient.
    /// Nothing leaves the process unless an exporter is configured: the Azure Monitor distro when
    /// APPLICATIONINSIGHTS_CONNECTION_STRING is set, else OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProductMetrics();
        string[] sources = [BotTelemetry.Name, ProductMetrics.Name, ProductMetrics.AssistantSource];
        var azure = !string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
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
        else if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) telemetry.UseOtlpExporter();
        return services;
    }
}
