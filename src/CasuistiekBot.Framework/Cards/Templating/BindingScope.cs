using System.Text.Json.Nodes;

namespace CasuistiekBot.Framework.Cards.Templating;

/// <summary>What a placeholder sees: the current data (<c>$data</c>), the whole model and the repeat index.</summary>
internal sealed record BindingScope(JsonNode? Data, JsonNode? Root, int? Index);
