namespace CasuistiekBot.Privacy;

/// <summary>The kinds of personal data the scrubber replaces; each is also the stem of its placeholder.</summary>
public static class PersonalDataKinds
{
    public const string Name = "NAAM";
    public const string Bsn = "BSN";
    public const string VNumber = "VNUMMER";
    public const string Iban = "IBAN";
    public const string Phone = "TELEFOON";
    public const string Email = "EMAIL";
    public const string Address = "ADRES";
    public const string Postcode = "POSTCODE";
    public const string BirthDate = "GEBOORTEDATUM";
    public const string Document = "DOCUMENT";

    public static IReadOnlyList<string> All { get; } =
        [Name, Bsn, VNumber, Iban, Phone, Email, Address, Postcode, BirthDate, Document];
}
