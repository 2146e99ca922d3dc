using CasuistiekBot.Routing;

namespace CasuistiekBot.Tests.Routing;

// Small valid tables for tests that need one; each test breaks exactly the part it is about.
internal static class RoutingTableBuilder
{
    public static RouteDefinition Route(string id, params string[] terms) => new()
    {
        Id = id,
        Name = Text($"{id} nl", $"{id} en"),
        Description = Text("omschrijving", "description"),
        Contact = Text("contact", "contact"),
        Signals = [.. terms.Select(t => new SignalDefinition { Term = t, Weight = 2 })],
    };

    public static RoutingTableDocument Document(params RouteDefinition[] routes) => new() { Routes = [.. routes] };

    public static LocalizedText Text(string nl, string en) => new() { Nl = nl, En = en };

    public static string ValidTableJson => """
        {
          "routes": [
            { "id": "alpha", "name": { "nl": "Alfa", "en": "Alpha" }, "description": { "nl": "a", "en": "a" },
              "contact": { "nl": "c", "en": "c" }, "signals": [ { "term": "appel", "weight": 2 } ] },
            { "id": "beta", "name": { "nl": "Beta", "en": "Beta" }, "description": { "nl": "b", "en": "b" },
              "contact": { "nl": "c", "en": "c" }, "signals": [ { "term": "peer", "weight": 2 } ] }
          ],
          "themes": [ { "id": "fruit", "name": { "nl": "Fruit", "en": "Fruit" }, "signals": [ { "term": "appel" } ] } ]
        }
        """;
}
