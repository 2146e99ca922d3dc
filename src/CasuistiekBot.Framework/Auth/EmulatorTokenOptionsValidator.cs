using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Auth;

/// <summary>Every listed emulator serviceUrl must be an absolute http(s) URL, so a typo cannot widen or silently narrow the list.</summary>
internal sealed class EmulatorTokenOptionsValidator : IValidateOptions<EmulatorTokenOptions>
{
    public ValidateOptionsResult Validate(string? name, EmulatorTokenOptions options)
    {
        var invalid = options.EmulatorServiceUrls
            .Where(url => !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            .ToList();
        return invalid.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Bot:EmulatorServiceUrls must hold absolute http(s) URLs, not '{string.Join("', '", invalid)}'.");
    }
}
