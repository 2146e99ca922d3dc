using Microsoft.Extensions.Options;

namespace CasuistiekBot.Routing;

// Runs on start (ValidateOnStart), so a broken table stops the host with every problem listed.
internal sealed class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        var result = RoutingTableLoader.Load(options);
        return result.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(result.Problems.Select(p => $"Routing table ({result.Source}) {p}"));
    }
}
