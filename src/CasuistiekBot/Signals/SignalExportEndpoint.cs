using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Signals;

/// <summary>
/// <c>GET /api/export/signals?format=csv|json</c> for the annual Stand van de Uitvoering. Opened by the configured
/// <c>Export:ApiKey</c> in the <c>X-Api-Key</c> header (compared in constant time); 404 when no key is configured.
/// </summary>
internal static class SignalExportEndpoint
{
    public const string HeaderName = "X-Api-Key";

    public static WebApplication MapSignalExport(this WebApplication app)
    {
        app.MapGet("/api/export/signals", async (HttpContext http, SignalExport export, IOptionsMonitor<SignalExportOptions> options, CancellationToken cancellationToken) =>
        {
            if (options.CurrentValue.ApiKey is not { Length: >= 16 } key) return Results.NotFound();
            var given = http.Request.Headers[HeaderName].ToString();
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key))) return Results.Unauthorized();
            var format = http.Request.Query["format"].ToString() is { Length: > 0 } f ? f.ToLowerInvariant() : "json";
            if (!SignalExport.Formats.Contains(format)) return Results.BadRequest(new { error = "format must be csv or json" });

            await using var writer = new StringWriter();
            await export.WriteAsync(format, writer, cancellationToken);
            var contentType = format == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
            http.Response.Headers.CacheControl = "no-store";
            return Results.Text(writer.ToString(), contentType, Encoding.UTF8);
        });
        return app;
    }
}
