using CasuistiekBot.Expertise;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Expertise;

/// <summary>A DG's MTs in the directory (dgOf): every MT named must exist, and only a DG may have them.</summary>
public sealed class DirectoryDgOfTests
{
    private const string People = """
        [
          { "aadObjectId": "22222222-2222-4222-8222-000000000001", "name": "Anouk Asiel", "email": "anouk@ind.example", "roles": ["mt-lid"], "mt": "MT Asiel" },
          { "aadObjectId": "22222222-2222-4222-8222-000000000002", "name": "Bram Regulier", "email": "bram@ind.example", "roles": ["mt-lid"], "mt": "MT Regulier" },
          { "aadObjectId": "22222222-2222-4222-8222-000000000003", "name": "Gerda Generaal", "email": "gerda@ind.example", "roles": ["dg"],
            "dgOf": ["mt asiel", "MT Regulier"] }
        ]
        """;

    [Fact]
    public async Task A_DG_with_MTs_that_exist_is_imported_with_the_MTs_spelled_as_in_the_directory()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);

        var result = await app.Services.GetRequiredService<DirectoryImport>().ImportAsync(DirectoryImportTests.Write("people.json", People), CancellationToken.None);

        Assert.Empty(result.Invalid);
        var dg = await app.Services.GetRequiredService<ExpertiseDirectory>().FindAsync("22222222-2222-4222-8222-000000000003", CancellationToken.None);
        Assert.Equal(["MT Asiel", "MT Regulier"], dg!.DgOfList);
        Assert.Equal(["MT Asiel", "MT Regulier"], dg.ManagedMts);
    }

    [Fact]
    public async Task An_unknown_MT_in_dgOf_or_dgOf_without_the_role_dg_refuses_the_whole_file_with_the_lines()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);
        var file = People.Replace("\"MT Regulier\"] }", "\"MT Regulier\", \"MT Bestaat Niet\"] }")
            .Replace("\"roles\": [\"mt-lid\"], \"mt\": \"MT Regulier\" }", "\"roles\": [\"mt-lid\"], \"mt\": \"MT Regulier\", \"dgOf\": [\"MT Asiel\"] }");

        var result = await app.Services.GetRequiredService<DirectoryImport>().ImportAsync(DirectoryImportTests.Write("people.json", file), CancellationToken.None);

        Assert.Equal(0, result.Added);
        Assert.Equal([3, 4], result.Invalid.Select(i => i.Line));
        Assert.Equal("dgOf is only for a person with the role dg", result.Invalid[0].Problem);
        Assert.Equal("dgOf names the MT \"MT Bestaat Niet\", which no one in the directory belongs to (mt)", result.Invalid[1].Problem);
        Assert.Empty(await app.Services.GetRequiredService<ExpertiseDirectory>().AllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_dgOf_may_name_an_MT_of_people_already_in_the_directory_and_works_from_csv()
    {
        await using var app = await BotApp.StartAsync(authenticated: false);
        var import = app.Services.GetRequiredService<DirectoryImport>();
        await import.ImportAsync(DirectoryImportTests.Write("people.json", People), CancellationToken.None);

        var result = await import.ImportAsync(DirectoryImportTests.Write("dg.csv", """
            aadObjectId;name;email;roles;dgOf
            22222222-2222-4222-8222-000000000009;Dirk Tweede;dirk@ind.example;dg;MT Asiel|MT Regulier
            """), CancellationToken.None);

        Assert.Empty(result.Invalid);
        var dirk = await app.Services.GetRequiredService<ExpertiseDirectory>().FindAsync("22222222-2222-4222-8222-000000000009", CancellationToken.None);
        Assert.True(dirk!.IsDgOf("MT Regulier"));
        Assert.False(dirk.IsDgOf("MT Jeugd"));
    }
}
