using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Auth;

/// <summary>Fails start-up on settings that would otherwise only surface as 401s or failed replies much later.</summary>
internal sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        List<string> failures = [];
        RequireAbsoluteUrl(failures, nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ToBotFromChannelOpenIdMetadataUrl);
        RequireAbsoluteUrl(failures, nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), options.ToBotFromEmulatorOpenIdMetadataUrl);
        if (string.IsNullOrWhiteSpace(options.ToBotFromChannelTokenIssuer))
        {
            failures.Add($"{nameof(options.ToBotFromChannelTokenIssuer)} must not be empty.");
        }
        if (!string.IsNullOrWhiteSpace(options.ToChannelFromBotLoginUrl))
        {
            RequireAbsoluteUrl(failures, nameof(options.ToChannelFromBotLoginUrl), options.ToChannelFromBotLoginUrl);
        }
        if (!options.IsAuthenticationDisabled
            && options.MicrosoftAppType == MicrosoftAppType.SingleTenant
            && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant and MicrosoftAppId is set.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void RequireAbsoluteUrl(List<string> failures, string key, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute http(s) URL, not '{value}'.");
        }
    }
}
