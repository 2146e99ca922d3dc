using System.Text.Json;
using System.Text.Json.Serialization;

namespace CasuistiekBot.Routing;

internal static class RoutingTableLoader
{
    public const string ConfigurationSource = "configuration Routing:Routes";

    public static string DefaultFile => Path.Combine(AppContext.BaseDirectory, "Routing", "routes.default.json");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt property ("signal" for "signals") would otherwise vanish silently.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static RoutingLoadResult Load(RoutingOptions options)
    {
        var hasRoutes = options.Routes.Count > 0;
        var hasFile = !string.IsNullOrWhiteSpace(options.File);
        if (hasRoutes && hasFile)
        {
            return new RoutingLoadResult("configuration", null,
                [new RoutingProblem("Routing", "set either Routing:Routes or Routing:File, not both")]);
        }

        RoutingLoadResult loaded;
        if (hasRoutes)
        {
            var defaults = LoadFile(DefaultFile);
            var document = new RoutingTableDocument
            {
                Routes = options.Routes,
                Themes = defaults.Document?.Themes ?? [],
                SafetyThreshold = defaults.Document?.SafetyThreshold ?? RoutingTable.DefaultSafetyThreshold,
            };
            loaded = new RoutingLoadResult(ConfigurationSource, document, []);
        }
        else
        {
            loaded = LoadFile(hasFile ? Path.GetFullPath(options.File!) : DefaultFile);
        }
        if (loaded.Document is null) return loaded;

        if (options.Themes.Count > 0) loaded.Document.Themes = options.Themes;
        if (options.SafetyThreshold is { } threshold) loaded.Document.SafetyThreshold = threshold;
        return loaded with { Problems = RoutingTableValidator.Validate(loaded.Document) };
    }

    public static RoutingLoadResult LoadFile(string path)
    {
        if (!File.Exists(path)) return Failed(path, "file", "the routing table file does not exist");
        try
        {
            using var stream = File.OpenRead(path);
            var document = JsonSerializer.Deserialize<RoutingTableDocument>(stream, Json);
            return document is null
                ? Failed(path, "file", "the file holds no routing table (null)")
                : new RoutingLoadResult(path, document, RoutingTableValidator.Validate(document));
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, column {e.BytePositionInLine + 1}" : "file";
            return Failed(path, where, $"not a valid routing table: {FirstSentence(e.Message)}" + (e.Path is { Length: > 1 } p ? $" (at {p})" : ""));
        }
        catch (IOException e)
        {
            return Failed(path, "file", $"cannot be read: {e.Message}");
        }
    }

    private static RoutingLoadResult Failed(string source, string location, string message) =>
        new(source, null, [new RoutingProblem(location, message)]);

    // System.Text.Json appends path and position to its message; we report those ourselves.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
