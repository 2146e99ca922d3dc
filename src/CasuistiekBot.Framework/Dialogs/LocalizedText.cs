namespace CasuistiekBot.Framework.Dialogs;

/// <summary>A text in the product's two languages.</summary>
public sealed record LocalizedText(string Nl, string En)
{
    /// <summary>The English text for <c>"en"</c> (or any "en-…" locale), the Dutch text otherwise.</summary>
    public string For(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : Nl;
}
