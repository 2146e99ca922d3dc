using System.Text.RegularExpressions;

namespace CasuistiekBot.AppPackage;

/// <summary>The values that replace the manifest's <c>${{NAME}}</c> placeholders, checked before anything is written.</summary>
internal sealed partial record PackageValues(IReadOnlyDictionary<string, string> ByPlaceholder)
{
    public static (PackageValues? Values, IReadOnlyList<string> Problems) From(string? botAppId, TeamsAppOptions options)
    {
        var problems = new List<string>();
        var host = options.HostName?.Trim().ToLowerInvariant() ?? "";
        if (!Guid.TryParse(botAppId, out _)) problems.Add("MicrosoftAppId must be the bot's app id (a GUID)");
        if (options.AppId is { Length: > 0 } appId && !Guid.TryParse(appId, out _)) problems.Add("TeamsApp:AppId must be a GUID");
        var hostIsValid = HostNamePattern().IsMatch(host);
        if (!hostIsValid) problems.Add("TeamsApp:HostName must be the bot's public host name, e.g. casuistiek.example.nl (no scheme, port or path)");
        if (!SemVerPattern().IsMatch(options.Version)) problems.Add("TeamsApp:Version must look like 1.2.3");
        // Links that default to the host name are only checked once the host name itself is right.
        var website = Https(options.WebsiteUrl, host, hostIsValid, "TeamsApp:WebsiteUrl", problems);
        var privacy = Https(options.PrivacyUrl, host, hostIsValid, "TeamsApp:PrivacyUrl", problems);
        var terms = Https(options.TermsOfUseUrl, host, hostIsValid, "TeamsApp:TermsOfUseUrl", problems);
        if (problems.Count > 0) return (null, problems);

        return (new PackageValues(new Dictionary<string, string>
        {
            ["BOT_ID"] = Guid.Parse(botAppId!).ToString(),
            ["TEAMS_APP_ID"] = Guid.Parse(options.AppId is { Length: > 0 } id ? id : botAppId!).ToString(),
            ["HOST_NAME"] = host,
            ["APP_VERSION"] = options.Version,
            ["WEBSITE_URL"] = website,
            ["PRIVACY_URL"] = privacy,
            ["TERMS_OF_USE_URL"] = terms,
        }), problems);
    }

    private static string Https(string? configured, string host, bool hostIsValid, string key, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(configured) && !hostIsValid) return "";
        var url = string.IsNullOrWhiteSpace(configured) ? $"https://{host}/" : configured.Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || url.Contains('"'))
        {
            problems.Add($"{key} must be an https URL");
        }
        return url;
    }

    // Labels of letters, digits and hyphens, at least one dot: Teams only loads tabs from a real domain over https.
    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")]
    private static partial Regex HostNamePattern();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemVerPattern();
}
