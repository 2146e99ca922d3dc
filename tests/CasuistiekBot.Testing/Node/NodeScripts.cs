using System.Text.Json.Nodes;
using CasuistiekBot.Testing.Cards;

namespace CasuistiekBot.Testing.Node;

/// <summary>Runs a script from tests/js with node (its own node_modules) and returns the JSON object it prints.</summary>
public static class NodeScripts
{
    /// <exception cref="InvalidOperationException">node failed or printed no JSON object.</exception>
    public static Task<JsonObject> RunAsync(string script, params IEnumerable<string> arguments) => NodeTool.RunAsync(script, arguments);
}
