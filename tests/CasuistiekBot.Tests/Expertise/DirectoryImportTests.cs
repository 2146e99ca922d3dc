using CasuistiekBot.Expertise;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Expertise;

public sealed class DirectoryImportTests
{
    private const string Csv = """
        aadObjectId;name;email;orgUnit;roles;tags;maxPanelsPerMonth;unavailableUntil
        11111111-1111-4111-8111-000000000001;Anouk Bakker;anouk.bakker@ind.example;IND, Asiel;inhoudsdeskundige|gespreksleider;asiel|medisch;3;
        not-a-guid;Bram de Boer;bram@ind.example;IND;lijnmanager;;2;
        11111111-1111-4111-8111-000000000003;"Charlotte ""Lotte"" Mulder";charlotte@ind.example;IND, Juridische Zaken;coördinator;;;2027-01-31
        11111111-1111-4111-8111-000000000004;Daan van Dijk;geen-adres;IND;astronaut;;x;
        """;

    [Fact]
    public async Task A_csv_file_with_invalid_rows_is_not_imported_at_all_and_each_problem_names_its_line()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);

        var result = await app.Services.GetRequiredService<DirectoryImport>().ImportAsync(Write("people.csv", Csv), CancellationToken.None);

        Assert.Equal(0, result.Added);
        Assert.Equal([3, 5], result.Invalid.Select(i => i.Line));
        Assert.Contains("aadObjectId", result.Invalid[0].Problem);
        Assert.Contains("unknown role \"astronaut\"", result.Invalid[1].Problem);
        Assert.Contains("email", result.Invalid[1].Problem);
        Assert.Contains("maxPanelsPerMonth", result.Invalid[1].Problem);
        Assert.Empty(await app.Services.GetRequiredService<ExpertiseDirectory>().AllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_valid_csv_file_is_imported_with_quoted_fields_read_as_written()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);

        var result = await app.Services.GetRequiredService<DirectoryImport>().ImportAsync(Write("people.csv", ValidCsv), CancellationToken.None);

        Assert.Equal(2, result.Added);
        Assert.Empty(result.Invalid);
        var lotte = await app.Services.GetRequiredService<ExpertiseDirectory>().FindAsync("11111111-1111-4111-8111-000000000003", CancellationToken.None);
        Assert.Equal("Charlotte \"Lotte\" Mulder", lotte!.Name);
        Assert.Equal("IND, Juridische Zaken", lotte.OrgUnit);
        Assert.True(lotte.Has(PersonRoles.Coordinator));
        Assert.Equal(new DateOnly(2027, 1, 31), lotte.UnavailableUntil);
    }

    [Fact]
    public async Task A_json_import_updates_people_that_are_already_there()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);
        var import = app.Services.GetRequiredService<DirectoryImport>();
        await import.ImportAsync(Write("people.csv", ValidCsv), CancellationToken.None);

        var result = await import.ImportAsync(Write("people.json", """
            [
              { "aadObjectId": "11111111-1111-4111-8111-000000000001", "name": "Anouk Bakker", "email": "anouk.bakker@ind.example",
                "roles": ["inhoudsdeskundige"], "tags": ["asiel", "minderjarigen"], "maxPanelsPerMonth": 1 },
              { "aadObjectId": "11111111-1111-4111-8111-000000000009", "name": "Eva Smit", "email": "eva.smit@dji.example", "roles": ["lijnmanager"] }
            ]
            """), CancellationToken.None);

        Assert.Equal(1, result.Added);
        Assert.Equal(1, result.Updated);
        var anouk = await app.Services.GetRequiredService<ExpertiseDirectory>().FindAsync("11111111-1111-4111-8111-000000000001", CancellationToken.None);
        Assert.Equal(["asiel", "minderjarigen"], anouk!.TagList);
        Assert.Equal(1, anouk.MaxPanelsPerMonth);
    }

    [Fact]
    public async Task One_invalid_json_record_keeps_every_other_record_of_the_file_out()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);

        var result = await app.Services.GetRequiredService<DirectoryImport>().ImportAsync(Write("people.json", """
            [
              { "aadObjectId": "11111111-1111-4111-8111-000000000009", "name": "Eva Smit", "email": "eva.smit@dji.example", "roles": ["lijnmanager"] },
              { "name": "zonder id" }
            ]
            """), CancellationToken.None);

        Assert.Equal(3, Assert.Single(result.Invalid).Line);
        Assert.Equal(0, result.Added);
        Assert.Empty(await app.Services.GetRequiredService<ExpertiseDirectory>().AllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_database_failure_during_an_import_leaves_nothing_half_written()
    {
        await using var app = await BotApp.StartAsync();
        var databases = app.Services.GetRequiredService<IDbContextFactory<CasuistiekBot.Storage.CasuistiekDbContext>>();
        // A trigger that fails the third insert, as a database that goes away mid-import would.
        await using (var db = await databases.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER fail_third BEFORE INSERT ON people WHEN (SELECT COUNT(*) FROM people) >= 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
        }
        var people = string.Join("\n", Enumerable.Range(1, 4).Select(i => $"11111111-1111-4111-8111-00000000010{i};Persoon {i};p{i}@ind.example;IND;inhoudsdeskundige"));

        await Assert.ThrowsAnyAsync<Exception>(() =>
            app.Services.GetRequiredService<DirectoryImport>().ImportAsync(Write("people.csv", "aadObjectId;name;email;orgUnit;roles\n" + people), CancellationToken.None));

        await using var check = await databases.CreateDbContextAsync();
        Assert.Equal(0, await check.Set<Person>().CountAsync());
    }

    [Fact]
    public async Task Search_ignores_case_and_diacritics()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);
        await app.Services.GetRequiredService<DirectoryImport>().ImportAsync(Write("people.csv", ValidCsv), CancellationToken.None);

        var found = await app.Services.GetRequiredService<ExpertiseDirectory>().SearchAsync("MÜLDER", CancellationToken.None);

        Assert.Equal("Charlotte \"Lotte\" Mulder", Assert.Single(found).Name);
    }

    [Fact]
    public async Task The_demo_directory_is_seeded_into_an_empty_directory_and_holds_every_role()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "Expertise", "demo-directory.json");
        await using var app = await BotApp.StartAsync(extra: new Dictionary<string, string?> { ["Expertise:SeedFile"] = seed });

        var all = await app.Services.GetRequiredService<ExpertiseDirectory>().AllAsync(CancellationToken.None);

        Assert.True(all.Count >= 36);
        Assert.All(PersonRoles.All, role => Assert.Contains(all, p => p.Has(role)));
        Assert.Contains(all, p => p.Name == "Pieter Jansen" && p.Has(PersonRoles.Coordinator));
    }

    private const string ValidCsv = """
        aadObjectId;name;email;orgUnit;roles;tags;maxPanelsPerMonth;unavailableUntil
        11111111-1111-4111-8111-000000000001;Anouk Bakker;anouk.bakker@ind.example;IND, Asiel;inhoudsdeskundige|gespreksleider;asiel|medisch;3;
        11111111-1111-4111-8111-000000000003;"Charlotte ""Lotte"" Mulder";charlotte@ind.example;"IND, Juridische Zaken";coördinator;;;2027-01-31
        """;

    internal static string Write(string name, string content)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("casuistiek-directory-").FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
