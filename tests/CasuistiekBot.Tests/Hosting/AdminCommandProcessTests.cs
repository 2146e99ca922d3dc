using System.Diagnostics;
using System.Text.Json.Nodes;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.OpenAi;
using CasuistiekBot.Testing.Playground;

namespace CasuistiekBot.Tests.Hosting;

/// <summary>The admin commands on the real executable: JSON Lines in, JSON Lines out, no web host.</summary>
[StartsProcesses("the built executable")]
public sealed class AdminCommandProcessTests
{
    [Fact]
    public async Task Scrub_replaces_personal_data_per_line_and_reports_bad_lines_without_stopping()
    {
        var (exit, lines) = await RunAsync(["scrub"], """
            {"id": "a", "text": "Mevrouw Jansen belde vanaf 06-12345678."}
            this is not json
            {"id": "c", "text": "Artikel 3.4 Vb 2000 geldt niet."}
            """);

        Assert.Equal(0, exit);
        Assert.Equal(3, lines.Count);
        Assert.Equal("a", lines[0]["id"]!.GetValue<string>());
        Assert.DoesNotContain("Jansen", lines[0]["text"]!.GetValue<string>());
        Assert.Contains("[TELEFOON-1]", lines[0]["text"]!.GetValue<string>());
        Assert.Contains(lines[0]["found"]!.AsArray(), f => f!["kind"]!.GetValue<string>() == "NAAM");
        Assert.Equal(2, lines[1]["id"]!.GetValue<int>());
        Assert.NotNull(lines[1]["error"]);
        Assert.Equal("Artikel 3.4 Vb 2000 geldt niet.", lines[2]["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Understand_reads_each_answer_as_the_dialogs_do()
    {
        var (exit, lines) = await RunAsync(["understand"], """
            {"id": "d", "kind": "date", "question": "Is er haast?", "answer": "voor 15 januari, dan verloopt de beslistermijn", "today": "2026-11-02"}
            {"id": "c", "kind": "choice", "question": "Wat wil je met je casus bereiken?", "answer": "een gedeeld beeld en advies graag", "today": "2026-11-02", "options": [{"value": "advies", "label": "Advies over de casus"}, {"value": "gedeeld-beeld", "label": "Een gedeeld beeld met collega's en leidinggevenden"}, {"value": "signaal-agenderen", "label": "Een signaal agenderen bij beleid of management"}, {"value": "gehoord-worden", "label": "Vooral gehoord worden"}]}
            {"id": "y", "kind": "yesno", "question": "Klopt deze samenvatting?", "answer": "jazeker", "today": "2026-11-02"}
            """);

        Assert.Equal(0, exit);
        Assert.Equal(["""{"id":"d","date":"2027-01-15"}""", """{"id":"c","ambiguous":true}""", """{"id":"y","value":true}"""],
            lines.Select(l => l.ToJsonString()));
    }

    [Fact]
    public async Task Route_ranks_every_route_best_first_with_reasons_and_themes()
    {
        var (exit, lines) = await RunAsync(["route"], """
            {"id": "1", "text": "Mijn teamleider intimideert mij en maakt opmerkingen over mijn afkomst."}
            """);

        Assert.Equal(0, exit);
        var routes = lines.Single()["routes"]!.AsArray();
        Assert.Equal(9, routes.Count);
        Assert.Equal("vertrouwenspersoon", routes[0]!["route"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(routes[0]!["reason"]!.GetValue<string>()));
        var scores = routes.Select(r => r!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.NotNull(lines.Single()["themes"]);
    }

    [Fact]
    public async Task Route_with_ai_sends_only_scrubbed_text_to_the_language_model_and_uses_its_order()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.DefaultAnswer = FakeChatAnswer.Json("""{"routes":[{"id":"juridische-zaken","score":0.9,"reason":"vraag over uitleg van de wet"}]}""");

        var (exit, lines) = await RunAsync(["route", "--ai"], """
            {"id": "1", "text": "De heer Bakker (BSN 111222333) vraagt of het overgangsrecht op hem van toepassing is."}
            """, new() { ["AI__Endpoint"] = model.Endpoint, ["AI__Model"] = "test-model", ["AI__ApiKey"] = "k" });

        Assert.Equal(0, exit);
        Assert.Equal("juridische-zaken", lines.Single()["routes"]![0]!["route"]!.GetValue<string>());
        var sent = Assert.Single(model.Requests).Body;
        Assert.DoesNotContain("Bakker", sent);
        Assert.DoesNotContain("111222333", sent);
    }

    [Fact]
    public async Task Route_without_ai_never_calls_a_configured_language_model()
    {
        await using var model = await FakeOpenAiServer.StartAsync();

        await RunAsync(["route"], """{"id": "1", "text": "Een vraag over de uitleg van het overgangsrecht."}""",
            new() { ["AI__Endpoint"] = model.Endpoint, ["AI__Model"] = "test-model" });

        Assert.Empty(model.Requests);
    }

    [Fact]
    public async Task Routes_validate_accepts_a_good_table_and_names_the_problems_of_a_broken_one()
    {
        var broken = Path.Combine(Directory.CreateTempSubdirectory("casuistiek-routes-").FullName, "routes.json");
        await File.WriteAllTextAsync(broken, """{"routes": [{"id": "x", "name": {"nl": "X"}}]}""");
        var good = Path.Combine(AppContext.BaseDirectory, "Routing", "routes.default.json");

        var (goodExit, _) = await RunAsync(["routes", "validate", good], "");
        var (badExit, output) = await RunRawAsync(["routes", "validate", broken], "");

        Assert.Equal(0, goodExit);
        Assert.NotEqual(0, badExit);
        Assert.Contains("en", output);
    }

    [Fact]
    public async Task Routes_validate_names_json_nulls_by_location_instead_of_crashing()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("casuistiek-routes-").FullName, "routes.json");
        await File.WriteAllTextAsync(file, """{ "routes": [ null, { "id": "x", "signals": null } ], "themes": null }""");

        var (exit, output) = await RunRawAsync(["routes", "validate", file], "");

        Assert.Equal(1, exit);
        Assert.Contains($"{file}: routes[0]: is null", output);
        Assert.Contains($"{file}: routes[1] (x).signals: must be a list, not null", output);
        Assert.Contains($"{file}: themes: must be a list, not null", output);
        Assert.DoesNotContain("Exception", output);
    }

    [Fact]
    public async Task Directory_import_of_a_file_with_an_invalid_row_imports_nothing_and_the_corrected_file_imports_all()
    {
        var work = Directory.CreateTempSubdirectory("casuistiek-directory-cmd-").FullName;
        var file = Path.Combine(work, "people.csv");
        const string noor = "22222222-2222-4222-8222-000000000001,Noor Dekker,noor.dekker@dji.example,DJI,inhoudsdeskundige|gespreksleider,detentie\n";
        await File.WriteAllTextAsync(file, "aadObjectId,name,email,orgUnit,roles,tags\n" + noor + "kapot,Iemand,geen-mail,DJI,piloot,\n");

        var (importExit, importOutput) = await RunRawAsync(["directory", "import", file], "", workingDirectory: work);
        var (missingExit, _) = await RunRawAsync(["directory", "show", "noor"], "", workingDirectory: work);
        await File.WriteAllTextAsync(file, "aadObjectId,name,email,orgUnit,roles,tags\n" + noor);
        var (fixedExit, fixedOutput) = await RunRawAsync(["directory", "import", file], "", workingDirectory: work);
        var (showExit, showOutput) = await RunRawAsync(["directory", "show", "noor"], "", workingDirectory: work);

        Assert.Equal(3, importExit);
        Assert.Contains("people.csv:3:", importOutput);
        Assert.Contains("1 problem(s); nothing was imported", importOutput);
        Assert.Equal(1, missingExit);
        Assert.Equal(0, fixedExit);
        Assert.Contains("1 added, 0 updated", fixedOutput);
        Assert.Equal(0, showExit);
        Assert.Contains("Noor Dekker <noor.dekker@dji.example>", showOutput);
        Assert.Contains("gespreksleider", showOutput);
    }

    [Theory]
    [InlineData("deep.json", "[\n{ \"name\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] }\n]", "deep.json:2: not valid JSON")]
    [InlineData("cut.json", "[\n{ \"aadObjectId\": \"22222222-2222-4222-8222-000000000001\",\n  \"name\": \"No", "cut.json:3: not valid JSON")]
    [InlineData("bidi.csv", "aadObjectId;name;email\n22222222-2222-4222-8222-000000000001;Noor \u202eDekker;noor@dji.example\n", "bidi.csv:2: name contains a control or direction character (U+202E)")]
    public async Task Directory_import_reports_a_hostile_file_by_line_instead_of_crashing(string name, string content, string expected)
    {
        var work = Directory.CreateTempSubdirectory("casuistiek-directory-cmd-").FullName;
        var file = Path.Combine(work, name);
        await File.WriteAllTextAsync(file, content);

        var (exit, output) = await RunRawAsync(["directory", "import", file], "", workingDirectory: work);

        Assert.Equal(3, exit);
        Assert.Contains(expected, output);
        Assert.DoesNotContain("Exception", output);
    }

    [Fact]
    public async Task Story_reads_each_story_as_the_intake_does()
    {
        var (exit, lines) = await RunAsync(["story"], """
            {"id": "s", "story": "Ik wil graag advies: een cliënt krijgt geen uitstel, terwijl de regel dat wel toelaat.", "today": "2026-11-02", "lang": "nl"}
            """);

        Assert.Equal(0, exit);
        var line = Assert.Single(lines);
        Assert.Equal("s", line["id"]!.GetValue<string>());
        Assert.Contains(line["asks"]!.AsArray(), q => q!.GetValue<string>() == "visibility");
    }

    [Fact]
    public async Task A_command_line_that_fits_no_form_shows_every_command_and_exits_with_2()
    {
        var (exit, output) = await RunRawAsync(["routes", "check"], "");

        Assert.Equal(2, exit);
        Assert.StartsWith("Usage:", output);
        foreach (var form in new[] { "scrub", "routes validate <file>", "directory show <query>", "export signals --format csv|json", "retention run [--dry-run]", "story" })
        {
            Assert.Contains($"  CasuistiekBot {form} ", output);
        }
    }

    private static async Task<(int Exit, IReadOnlyList<JsonNode> Lines)> RunAsync(string[] args, string input, Dictionary<string, string>? environment = null)
    {
        var (exit, output) = await RunRawAsync(args, input, environment);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith('{')).Select(l => JsonNode.Parse(l)!).ToList();
        return (exit, lines);
    }

    private static async Task<(int Exit, string Output)> RunRawAsync(string[] args, string input, Dictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(PlaygroundPaths.DotnetHost)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Directory.CreateTempSubdirectory("casuistiek-admin-").FullName,
        };
        info.ArgumentList.Add(PlaygroundPaths.AppAssembly());
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? []) info.Environment[key] = value;

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
