using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Tests.Cards.Example;
using CasuistiekBot.Testing.Cards;

namespace CasuistiekBot.Framework.Tests.Cards;

/// <summary>
/// The example card with one defect each, validated together in one batch (two node runs instead of
/// two per card); each test then looks at the verdict for its own card. Despite the name, a few are valid.
/// </summary>
public sealed class InvalidCardsFixture : IAsyncLifetime
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Problems { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public async Task InitializeAsync()
    {
        var cards = new Dictionary<string, JsonObject>
        {
            ["valid"] = Good(),
            ["wrong-version"] = With(Good(), card => card["version"] = "1.6"),
            ["submit-action"] = With(Good(), card => card["actions"]!.AsArray().Add(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Verstuur" })),
            ["unknown-element"] = With(Good(), card => card["body"]!.AsArray().Add(new JsonObject { ["type"] = "TextBlok", ["text"] = "x" })),
            ["input-without-id"] = With(Good(), card => card["body"]!.AsArray().Add(new JsonObject { ["type"] = "Input.Text", ["label"] = "Naam" })),
            ["leftover-placeholder"] = With(Good(), card => card["body"]![0]!["text"] = "Hallo ${naam}"),
            ["execute-without-verb"] = With(Good(), card => card["actions"]![0]!.AsObject().Remove("verb")),
        };
        var userModel = ExampleCard.Model() with { Title = "Wat betekent ${x}?", Note = "prijs ${bedrag} of ${" };
        cards["user-text"] = ExampleCard.Load().Bind(userModel);
        cards["user-text-unknown-model"] = ExampleCard.Load().Bind(userModel);
        cards["user-text-and-leftover"] = With(ExampleCard.Load().Bind(userModel), card => card["body"]![1]!["text"] = "${x} ${naam}");
        var models = new Dictionary<string, object?> { ["user-text"] = userModel, ["user-text-and-leftover"] = userModel };
        Problems = await CardValidator.ValidateAsync(cards, models);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static JsonObject Good() => ExampleCard.Load().Bind(ExampleCard.Model());

    private static JsonObject With(JsonObject card, Action<JsonObject> change)
    {
        change(card);
        return card;
    }
}
