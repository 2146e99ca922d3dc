using CasuistiekBot.Routing.Learning;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Routing;

// Runs on start (ValidateOnStart), so a broken table stops the host with every problem listed.
internal sealed class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        var result = RoutingTableLoader.Load(options);
        var examplesFile = RoutingTable.ExamplesFile(options);
        var failures = result.Problems.Select(p => $"Routing table ({result.Source}) {p}")
            .Concat(RouteExamples.Load(examplesFile).Problems.Select(p => $"Routing examples ({examplesFile}) {p}"))
            .ToList();
        if (options.LearnedWeight is < 0 or > 2) failures.Add($"Routing:LearnedWeight must be between 0 and 2, is {options.LearnedWeight}");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
