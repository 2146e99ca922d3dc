using CasuistiekBot.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Routing;

public sealed class RoutingConfigurationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("routing-config-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Without_configuration_the_default_table_is_used()
    {
        using var provider = Build([]);

        var suggestion = provider.GetRequiredService<RouteSuggester>().Suggest(new CasusText("Mijn collega's pesten mij al maanden."));

        Assert.Equal(9, suggestion.Routes.Count);
        Assert.Equal("vertrouwenspersoon", suggestion.Best.RouteId);
    }

    [Fact]
    public void Routes_in_configuration_replace_the_default_routes()
    {
        using var provider = Build(new()
        {
            ["Routing:Routes:0:Id"] = "balie",
            ["Routing:Routes:0:Name:Nl"] = "Baliezaken",
            ["Routing:Routes:0:Name:En"] = "Counter matters",
            ["Routing:Routes:0:Description:Nl"] = "Vragen over de balie",
            ["Routing:Routes:0:Description:En"] = "Questions about the counter",
            ["Routing:Routes:0:Contact:Nl"] = "Teamleider balie",
            ["Routing:Routes:0:Contact:En"] = "Counter team lead",
            ["Routing:Routes:0:Handler"] = "19:balie@thread.tacv2",
            ["Routing:Routes:0:Signals:0:Term"] = "wachtrij",
            ["Routing:Routes:0:Signals:0:Weight"] = "3",
            ["Routing:Routes:1:Id"] = "overig",
            ["Routing:Routes:1:Name:Nl"] = "Overig",
            ["Routing:Routes:1:Name:En"] = "Other",
            ["Routing:Routes:1:Description:Nl"] = "Al het andere",
            ["Routing:Routes:1:Description:En"] = "Everything else",
            ["Routing:Routes:1:Contact:Nl"] = "Coördinator",
            ["Routing:Routes:1:Contact:En"] = "Coordinator",
            ["Routing:Routes:1:Prior"] = "0.5",
            ["Routing:Routes:1:Signals:0:Term"] = "vraag",
        });
        provider.GetRequiredService<IStartupValidator>().Validate();

        var suggestion = provider.GetRequiredService<RouteSuggester>().Suggest(new CasusText("De wachtrijen bij de balie worden elke dag langer."));

        Assert.Equal(["balie", "overig"], suggestion.Routes.Select(r => r.RouteId));
        Assert.Equal("19:balie@thread.tacv2", provider.GetRequiredService<RoutingTable>().Find("balie")!.Handler);
        Assert.Contains("wachtrijen", suggestion.Best.Reason);
    }

    [Fact]
    public void A_table_file_named_in_configuration_is_loaded()
    {
        var file = Path.Combine(_directory, "routes.json");
        File.WriteAllText(file, RoutingTableBuilder.ValidTableJson);
        using var provider = Build(new() { ["Routing:File"] = file });

        var suggestion = provider.GetRequiredService<RouteSuggester>().Suggest(new CasusText("Een appel per dag."));

        Assert.Equal(["alpha", "beta"], suggestion.Routes.Select(r => r.RouteId));
        Assert.Equal(["fruit"], suggestion.Themes);
    }

    [Fact]
    public void An_invalid_configured_table_stops_the_start_with_every_problem()
    {
        using var provider = Build(new()
        {
            ["Routing:Routes:0:Id"] = "balie",
            ["Routing:Routes:0:Name:Nl"] = "Baliezaken",
            ["Routing:Routes:0:Signals:0:Term"] = "wachtrij",
            ["Routing:Routes:0:Signals:0:Weight"] = "9",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.Contains("routes[0] (balie).name.en: English text is missing"));
        Assert.Contains(error.Failures, f => f.Contains("routes[0] (balie).signals[0].weight: 9 is outside"));
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RoutingTable>());
    }

    [Fact]
    public void A_table_file_with_nulls_stops_the_start_with_its_problems_instead_of_crashing()
    {
        var file = Path.Combine(_directory, "nulls.json");
        File.WriteAllText(file, RoutesValidateCommandTests.WithNull("\"signals\": [ null ]"));
        using var provider = Build(new() { ["Routing:File"] = file });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.Contains("routes[0] (alpha).signals[0]: is null"));
    }

    [Fact]
    public void An_examples_file_with_a_null_entry_stops_the_start_with_its_problem_instead_of_crashing()
    {
        var file = Path.Combine(_directory, "examples.json");
        File.WriteAllText(file, """[ { "id": "1", "route": "lijn", "text": "Het rooster klopt niet." }, null ]""");
        using var provider = Build(new() { ["Routing:Examples"] = file });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.Contains("examples[1]: needs a route and a text"));
    }

    [Fact]
    public void Setting_both_routes_and_a_file_is_refused()
    {
        using var provider = Build(new() { ["Routing:File"] = "routes.json", ["Routing:Routes:0:Id"] = "balie" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.Contains("set either Routing:Routes or Routing:File, not both"));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddCasusRouting(configuration).BuildServiceProvider();
    }
}
