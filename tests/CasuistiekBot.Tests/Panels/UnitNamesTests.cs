using CasuistiekBot.Expertise;
using CasuistiekBot.Panels;

namespace CasuistiekBot.Tests.Panels;

/// <summary>
/// A unit as people type it against the directory's "IND, Directie Asiel en Bescherming": case, accents, punctuation,
/// an organisation in front, words like "Directie" or "team", and the aliases the directory gives the unit.
/// </summary>
public sealed class UnitNamesTests
{
    private const string Unit = "IND, Directie Asiel en Bescherming";

    private static readonly UnitDirectory Directory = new(
    [
        Person(1, Unit, "A&B|DAB"),
        Person(2, "IND, Directie Regulier Verblijf en Nederlanderschap"),
        Person(3, "CJIB, Inning en Incasso"),
    ]);

    [Theory]
    [InlineData("IND, Directie Asiel en Bescherming")]
    [InlineData("IND, Asiel en Bescherming")]
    [InlineData("ind, directie asiel en bescherming")]
    [InlineData("IND,Asiel en Bescherming")]
    [InlineData("  IND ,  Asiel   en Bescherming ")]
    [InlineData("IND - Directie Asiel en Bescherming")]
    [InlineData("IND – Asiel en Bescherming")]
    [InlineData("IND: Asiel en Bescherming")]
    [InlineData("IND/Asiel en Bescherming")]
    [InlineData("IND Asiel en Bescherming")]
    [InlineData("IND, Asiel & Bescherming")]
    [InlineData("IND, Asiel en Bescherming.")]
    [InlineData("IND, Asiel-en-Bescherming")]
    [InlineData("IND, Dïrectie Asiel en Beschérming")]
    [InlineData("Directie Asiel en Bescherming")]
    [InlineData("Asiel en Bescherming")]
    [InlineData("IND, Directorate Asiel en Bescherming")]
    [InlineData("Afdeling Asiel en Bescherming")]
    [InlineData("Asiel en Bescherming unit")]
    [InlineData("Team Asiel en Bescherming")]
    [InlineData("IND, A&B")]
    [InlineData("a & b")]
    [InlineData("DAB")]
    [InlineData("IND - dab")]
    public void A_typed_variant_of_the_unit_is_the_same_unit(string typed)
    {
        Assert.Equal(UnitMatch.SameUnit, Directory.Compare(typed, Unit));
    }

    [Theory]
    [InlineData("IND, Regulier Verblijf")]
    [InlineData("IND")]
    [InlineData("ind - Directie Werkgevers")]
    public void Another_unit_of_the_same_organisation_is_the_same_organisation_only(string typed)
    {
        Assert.Equal(UnitMatch.SameOrganisation, Directory.Compare(typed, Unit));
    }

    [Theory]
    [InlineData("CJIB, Asiel en Bescherming")]
    [InlineData("Justis, Screening")]
    [InlineData("Asiel")]
    [InlineData("")]
    public void A_different_organisation_or_unit_does_not_match(string typed)
    {
        Assert.Equal(UnitMatch.None, Directory.Compare(typed, Unit));
    }

    [Fact]
    public void An_alias_counts_only_for_the_unit_that_has_it()
    {
        Assert.Equal(UnitMatch.SameOrganisation, Directory.Compare("IND, DAB", "IND, Directie Regulier Verblijf en Nederlanderschap"));
        Assert.Equal(UnitMatch.SameOrganisation, new UnitDirectory([Person(1, Unit)]).Compare("IND, DAB", Unit));
    }

    [Fact]
    public void The_organisation_and_unit_are_read_apart()
    {
        Assert.Equal(new UnitName("ind", "asiel en bescherming"), UnitNames.Parse("IND - Directie Asiel & Bescherming"));
        Assert.Equal(new UnitName("", "asiel en bescherming"), UnitNames.Parse("Directie Asiel en Bescherming"));
        Assert.Equal("IND", UnitNames.Organisation(Unit));
    }

    [Fact]
    public void The_shipped_directory_gives_the_asylum_directorate_aliases()
    {
        var file = DirectoryFileReader.Read(Path.Combine(AppContext.BaseDirectory, "Expertise", "demo-directory.json"));
        var people = file.Rows.Select(r => DirectoryRowValidator.Validate(r, DateTimeOffset.UnixEpoch).Person).OfType<Person>().ToList();

        Assert.Contains(people, p => p.OrgUnit == Unit && p.UnitAliasList.Contains("DAB"));
        Assert.Equal(UnitMatch.SameUnit, new UnitDirectory(people).Compare("IND, DAB", Unit));
    }

    private static Person Person(int n, string unit, string aliases = "") => new()
    {
        AadObjectId = $"00000000-0000-4000-9000-{n:D12}",
        Name = $"Persoon {n}",
        Email = $"persoon{n}@jenv.example",
        OrgUnit = unit,
        UnitAliases = aliases,
    };
}
