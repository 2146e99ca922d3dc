using Microsoft.Extensions.Options;

namespace CasuistiekBot.Framework.Auth;

internal sealed class BotAuthenticationTuningOptionsValidator : IValidateOptions<BotAuthenticationTuningOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationTuningOptions options)
    {
        List<string> failures = [];
        if (options.KeyRefreshInterval <= TimeSpan.Zero || options.KeyRefreshInterval > TimeSpan.FromHours(24))
        {
            // The Bot Framework requires refreshing at least daily.
            failures.Add("Bot:Auth:KeyRefreshInterval must be positive and at most 24 hours.");
        }
        if (options.MinimumUnknownKeyRefreshInterval <= TimeSpan.Zero)
        {
            failures.Add("Bot:Auth:MinimumUnknownKeyRefreshInterval must be positive.");
        }
        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
        {
            failures.Add("Bot:Auth:ClockSkew must be between 0 and 10 minutes.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
