using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Routing;

// Mutable so both the configuration binder and System.Text.Json can fill it.
internal sealed class LocalizedText
{
    public string? Nl { get; set; }
    public string? En { get; set; }

    public string Get(string language) =>
        (language == Languages.English ? En : Nl) ?? Nl ?? En ?? "";
}
