namespace CasuistiekBot.Framework.Pipeline;

/// <summary>The product speaks Dutch first and English when the Teams client's locale is English.</summary>
public static class Languages
{
    public const string Dutch = "nl";
    public const string English = "en";

    public static string FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Dutch;
}
