using System.Text.Json;
using CasuistiekBot.Privacy;

namespace CasuistiekBot.Tests.Privacy;

public sealed class ScrubMemoryTests
{
    private static readonly string[] Values =
    [
        "Haddad", "haddad", "725763863", "725.763.863", "2715034862", "NL91ABNA0417164300", "0612345678", "612345678",
        "a.hassan1990@gmail.com", "Stationsstraat 12", "stationsstraat", "2511 CV", "2511CV", "1985-03-12", "12-03-1985",
        "NXC4R8P12", "Fatima", "fatima",
    ];

    private const string Casus =
        "Mevrouw Haddad (BSN 725.763.863, V-nummer 2715034862) en haar dochter Fatima wonen op de Stationsstraat 12, " +
        "postcode 2511 CV. Geboren op 12-03-1985. IBAN NL91ABNA0417164300, tel. 06-12345678, a.hassan1990@gmail.com, " +
        "paspoortnummer NXC4R8P12.";

    [Fact]
    public void The_serialized_memory_contains_none_of_the_original_values()
    {
        var memory = ScrubMemory.Create();
        var result = Scrub.Scrubber.Scrub(Casus, memory);

        var json = JsonSerializer.Serialize(memory, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal(11, result.Found.Count);
        foreach (var value in Values) Assert.DoesNotContain(value, json, StringComparison.OrdinalIgnoreCase);
        foreach (var value in Values) Assert.DoesNotContain(value, result.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_memory_that_went_through_json_keeps_placeholders_stable()
    {
        var memory = ScrubMemory.Create();
        Scrub.Scrubber.Scrub(Casus, memory);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var restored = JsonSerializer.Deserialize<ScrubMemory>(JsonSerializer.Serialize(memory, options), options)!;
        Assert.Equal(memory.Salt, restored.Salt);
        Assert.Equal(memory.Entries.Select(e => e.Fingerprint), restored.Entries.Select(e => e.Fingerprint));
        var later = Scrub.Scrubber.Scrub("Haddad belde vanaf +31 6 1234 5678 over mevrouw Osei.", restored);

        Assert.Equal("[NAAM-1] belde vanaf [TELEFOON-1] over mevrouw [NAAM-3].", later.Text);
    }

    [Fact]
    public void Every_new_memory_has_its_own_salt() => Assert.NotEqual(ScrubMemory.Create().Salt, ScrubMemory.Create().Salt);
}
