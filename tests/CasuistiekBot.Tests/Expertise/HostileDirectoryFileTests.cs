using CasuistiekBot.Expertise;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Expertise;

/// <summary>Import files that are broken or made to hurt: each problem is reported with its line and nothing is written.</summary>
public sealed class HostileDirectoryFileTests
{
    private const string Anouk = "11111111-1111-4111-8111-000000000001";
    private const string Header = "aadObjectId;name;email;notes";

    [Fact]
    public async Task A_quoted_csv_field_with_line_breaks_stays_one_record_and_later_lines_keep_their_numbers()
    {
        var csv = $"{Header}\n{Anouk};Anouk Bakker;anouk@ind.example;\"eerste regel\ntweede regel; nog steeds de notitie\"\nkapot;Bram de Boer;bram@ind.example;\n";

        var (result, people) = await ImportAsync("people.csv", csv);

        var problem = Assert.Single(result.Invalid);
        Assert.Equal(4, problem.Line);
        Assert.Contains("aadObjectId must be a GUID", problem.Problem);
        Assert.Empty(people);
    }

    [Fact]
    public async Task A_csv_file_whose_notes_span_lines_is_imported_whole()
    {
        var csv = $"{Header}\n{Anouk};Anouk Bakker;anouk@ind.example;\"eerste regel\r\ntweede regel\"\n";

        var (result, people) = await ImportAsync("people.csv", csv);

        Assert.Empty(result.Invalid);
        Assert.Equal("Anouk Bakker", Assert.Single(people).Name);
    }

    [Fact]
    public async Task A_quote_that_is_never_closed_is_reported_on_the_line_it_opens()
    {
        var csv = $"{Header}\n{Anouk};Anouk Bakker;anouk@ind.example;\n11111111-1111-4111-8111-000000000002;\"Bram de Boer;bram@ind.example;\n";

        var (result, people) = await ImportAsync("people.csv", csv);

        Assert.Equal(3, Assert.Single(result.Invalid).Line);
        Assert.Empty(people);
    }

    [Theory]
    [InlineData("\\u0000")]
    [InlineData("\\u001b[31m")]
    [InlineData("\\u0085")]
    [InlineData("\\u202e")]
    [InlineData("\\u2066")]
    [InlineData("\\u200f")]
    [InlineData("\\n")]
    public async Task A_name_with_a_control_or_direction_character_is_refused(string character)
    {
        var json = $$"""
            [
              { "aadObjectId": "{{Anouk}}", "name": "Anouk{{character}}Bakker", "email": "anouk@ind.example" }
            ]
            """;

        var (result, people) = await ImportAsync("people.json", json);

        var problem = Assert.Single(result.Invalid);
        Assert.Equal(2, problem.Line);
        Assert.Contains("name contains a control or direction character (U+", problem.Problem);
        Assert.Empty(people);
    }

    [Fact]
    public async Task A_nul_in_a_csv_value_is_refused_rather_than_cutting_the_value_short()
    {
        var (result, people) = await ImportAsync("people.csv", $"{Header}\n{Anouk};Anouk\0 Bakker;anouk@ind.example;\n");

        Assert.Contains("U+0000", Assert.Single(result.Invalid).Problem);
        Assert.Empty(people);
    }

    [Fact]
    public async Task Names_and_tags_longer_than_their_limits_are_refused()
    {
        var csv = $"aadObjectId;name;email;tags\n{Anouk};{new string('a', 200_000)};anouk@ind.example;asiel\n" +
            $"11111111-1111-4111-8111-000000000002;Bram de Boer;bram@ind.example;asiel|{new string('t', 101)}\n" +
            $"11111111-1111-4111-8111-000000000003;{new string('c', DirectoryRowValidator.MaxName)};c@ind.example;asiel\n";

        var (result, people) = await ImportAsync("people.csv", csv);

        Assert.Equal([2, 3], result.Invalid.Select(i => i.Line));
        Assert.Contains("name is 200000 characters long; at most 200", result.Invalid[0].Problem);
        Assert.Contains("a tag is longer than 100 characters", result.Invalid[1].Problem);
        Assert.Empty(people);
    }

    [Fact]
    public async Task Json_nested_deeper_than_a_person_is_a_problem_with_its_line_not_a_crash()
    {
        var json = $"[\n  {{ \"aadObjectId\": \"{Anouk}\",\n    \"name\": {new string('[', 5000)}{new string(']', 5000)} }}\n]";

        var (result, people) = await ImportAsync("people.json", json);

        var problem = Assert.Single(result.Invalid);
        Assert.Equal(3, problem.Line);
        Assert.Contains("not valid JSON", problem.Problem);
        Assert.Empty(people);
    }

    [Fact]
    public async Task Truncated_json_is_a_problem_on_its_last_line_and_the_complete_records_are_not_written()
    {
        var json = $"[\n  {{ \"aadObjectId\": \"{Anouk}\", \"name\": \"Anouk Bakker\", \"email\": \"anouk@ind.example\" }},\n  {{ \"aadObjectId\": \"11111111-";

        var (result, people) = await ImportAsync("people.json", json);

        var problem = Assert.Single(result.Invalid);
        Assert.Equal(3, problem.Line);
        Assert.Contains("not valid JSON", problem.Problem);
        Assert.Empty(people);
    }

    [Theory]
    [InlineData("""{ "aadObjectId": "11111111-1111-4111-8111-000000000001", "name": { "first": "Anouk" }, "email": "anouk@ind.example" }""", "name must be text")]
    [InlineData("""{ "aadObjectId": "11111111-1111-4111-8111-000000000001", "name": "Anouk", "name": "Bram", "email": "anouk@ind.example" }""", "name is given twice")]
    [InlineData("""{ "aadObjectId": "11111111-1111-4111-8111-000000000001", "name": "Anouk", "email": "anouk@ind.example", "tags": [ { "x": 1 } ] }""", "tags must be text")]
    public async Task A_json_value_of_the_wrong_shape_is_refused(string person, string expected)
    {
        var (result, people) = await ImportAsync("people.json", $"[\n{person}\n]");

        Assert.Contains(result.Invalid, p => p.Line == 2 && p.Problem.Contains(expected, StringComparison.Ordinal));
        Assert.Empty(people);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused_with_the_line_of_the_first_bad_byte()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);
        var path = DirectoryImportTests.Write("people.csv", "");
        await File.WriteAllBytesAsync(path, [.. System.Text.Encoding.UTF8.GetBytes($"{Header}\n{Anouk};Ano"), 0xFF, .. "uk;a@ind.example;\n"u8.ToArray()]);

        var result = await app.Services.GetRequiredService<DirectoryImport>().ImportAsync(path, CancellationToken.None);

        var problem = Assert.Single(result.Invalid);
        Assert.Equal(2, problem.Line);
        Assert.Contains("not UTF-8", problem.Problem);
    }

    private static async Task<(DirectoryImportResult Result, IReadOnlyList<Person> People)> ImportAsync(string name, string content)
    {
        await using var app = await BotApp.StartAsync(authenticated: false);
        var result = await app.Services.GetRequiredService<DirectoryImport>().ImportAsync(DirectoryImportTests.Write(name, content), CancellationToken.None);
        return (result, await app.Services.GetRequiredService<ExpertiseDirectory>().AllAsync(CancellationToken.None));
    }
}
