using System.Buffers.Binary;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Tests.Cards.Example;
using CasuistiekBot.Testing.Cards;

namespace CasuistiekBot.Framework.Tests.Cards;

public sealed class CardRenderingTests
{
    [RequiresChromiumFact]
    public async Task The_example_card_renders_to_a_png_screenshot_for_reviewers()
    {
        var cards = new Dictionary<string, JsonObject> { ["framework-example-card"] = ExampleCard.Load().Bind(ExampleCard.Model()) };

        var pngs = await CardRenderer.RenderAsync(cards, CardRenderer.ArtifactsDirectory);

        var png = await File.ReadAllBytesAsync(pngs["framework-example-card"]);
        Assert.Equal(Path.Combine(CardRenderer.ArtifactsDirectory, "framework-example-card.png"), pngs["framework-example-card"]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // Width and height from the IHDR chunk: a real card with a title, facts, an input and buttons.
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        Assert.InRange(width, 400, 600);
        Assert.InRange(height, 200, 2000);
        Assert.True(png.Length > 5_000, $"the screenshot is only {png.Length} bytes");
    }
}
