using CasuistiekBot.Policy;
using CasuistiekBot.Routing;
using CasuistiekBot.Testing;
using CasuistiekBot.Threads;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Threads;

/// <summary>The similarity as the app builds it: the default routing table, the shipped appsettings' law list and aliases.</summary>
internal static class SimilarityKit
{
    public static PolicyLaws Laws()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryPaths.Root, "src", "CasuistiekBot", "appsettings.json")).Build();
        var options = new PolicyOptions();
        configuration.GetSection(PolicyOptions.Section).Bind(options);
        return new PolicyLaws(Options.Create(options));
    }

    public static ThreadReader Reader()
    {
        var table = RoutingTable.Default();
        return new ThreadReader(new ThemeExtractor(table), new RouteSuggester(table), Laws(), new SimilarityModel(WordWeights.FromRouteExamples(), ConceptLexicon.Load(ConceptLexicon.DefaultFile)));
    }
}
