using System.Text.Json;
using System.Text.Json.Serialization;

namespace CasuistiekBot.Framework.Schema;

/// <summary>The one set of JSON options for everything on the wire: camelCase, nulls omitted.</summary>
public static class BotJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 64,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
