using CasuistiekBot.Framework.Cards;

namespace CasuistiekBot.Framework.Tests.Cards;

public sealed class CardTemplateStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("casuistiek-templates-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void Write(string file, string content) => File.WriteAllText(Path.Combine(_directory, file), content);

    [Fact]
    public void Every_json_file_is_a_template_named_after_the_file()
    {
        Write("welcome.json", """{ "type": "AdaptiveCard", "text": "Welkom ${name}" }""");
        Write("signal-reminder.json", """{ "type": "AdaptiveCard" }""");
        Write("notes.txt", "geen template");

        var store = CardTemplateStore.Load(_directory);

        Assert.Equal(["signal-reminder", "welcome"], store.Names.Order());
        Assert.Equal("Welkom Ada", store.Bind("welcome", new { Name = "Ada" })["text"]!.GetValue<string>());
        Assert.Same(store.Get("welcome"), store.Get("Welcome"));
    }

    [Fact]
    public void Templates_are_read_once_so_later_file_changes_do_not_leak_in()
    {
        Write("welcome.json", """{ "text": "eerste" }""");
        var store = CardTemplateStore.Load(_directory);

        Write("welcome.json", """{ "text": "tweede" }""");

        Assert.Equal("eerste", store.Bind("welcome", null)["text"]!.GetValue<string>());
    }

    [Fact]
    public void An_empty_directory_gives_an_empty_store()
    {
        Assert.Empty(CardTemplateStore.Load(_directory).Names);
    }

    [Fact]
    public void A_missing_directory_fails_at_load_with_its_path()
    {
        var missing = Path.Combine(_directory, "bestaat-niet");

        var error = Assert.Throws<DirectoryNotFoundException>(() => CardTemplateStore.Load(missing));

        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void Invalid_json_fails_at_load_naming_the_file()
    {
        Write("good.json", """{ "type": "AdaptiveCard" }""");
        Write("broken.json", """{ "type": "AdaptiveCard", """);

        var error = Assert.Throws<CardTemplateException>(() => CardTemplateStore.Load(_directory));

        Assert.Contains("broken.json", error.Message);
        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public void A_malformed_placeholder_fails_at_load_naming_the_file_and_place()
    {
        Write("typo.json", """{ "body": [ { "text": "Hallo ${naam" } ] }""");

        var error = Assert.Throws<CardTemplateException>(() => CardTemplateStore.Load(_directory));

        Assert.Contains("typo.json", error.Message);
        Assert.Contains("$.body[0].text", error.Message);
    }

    [Fact]
    public void Asking_for_an_unknown_template_lists_the_known_ones()
    {
        Write("welcome.json", "{}");
        var store = CardTemplateStore.Load(_directory);

        var error = Assert.Throws<KeyNotFoundException>(() => store.Get("welkom"));

        Assert.Contains("welcome", error.Message);
        Assert.False(store.TryGet("welkom", out _));
    }

    [Fact]
    public void Two_templates_with_the_same_name_are_refused()
    {
        var templates = new[] { CardTemplate.Parse("a", "{}"), CardTemplate.Parse("A", "{}") };

        Assert.Throws<ArgumentException>(() => new CardTemplateStore(templates));
    }
}
