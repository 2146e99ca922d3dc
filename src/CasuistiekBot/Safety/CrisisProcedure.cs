namespace CasuistiekBot.Safety;

/// <summary>The organisation's own crisis procedure, in the words the organisation chose, Dutch and English.</summary>
public sealed class CrisisProcedure
{
    public string Nl { get; set; } =
        "Volg de crisis- of calamiteitenprocedure van je eigen organisatie; die staat op intranet, en de bedrijfshulpverlening (BHV) of de beveiliging kan je erbij helpen.";

    public string En { get; set; } =
        "Follow your own organisation's crisis or emergency procedure; you will find it on the intranet, and the in-house emergency team or security can help you with it.";

    public string For(string language) => language == Framework.Pipeline.Languages.English ? En : Nl;
}
