namespace CasuistiekBot.Signals;

/// <summary>
/// Section <c>Export</c>: the key that opens <c>GET /api/export/signals</c> (header <c>X-Api-Key</c>). Without a key
/// the endpoint answers 404, so an unconfigured installation exposes nothing.
/// </summary>
public sealed class SignalExportOptions
{
    public const string SectionName = "Export";

    public string? ApiKey { get; set; }
}
