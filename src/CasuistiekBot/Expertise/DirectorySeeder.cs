using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Expertise;

/// <summary>Loads <c>Expertise:SeedFile</c> into an empty directory at start, after the database is migrated.</summary>
internal sealed class DirectorySeeder(
    IOptions<ExpertiseOptions> options,
    IDbContextFactory<CasuistiekDbContext> databases,
    DirectoryImport import,
    ILogger<DirectorySeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SeedFile is not { Length: > 0 } file) return;
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Set<Person>().AnyAsync(cancellationToken)) return;
        }
        var result = await import.ImportAsync(Path.GetFullPath(file), cancellationToken);
        if (result.Invalid.Count > 0)
        {
            logger.LogWarning("The seed file {SeedFile} has {ProblemCount} problem(s), the first on line {Line}; the directory stays empty",
                file, result.Invalid.Count, result.Invalid[0].Line);
            return;
        }
        logger.LogInformation("Seeded the expertise directory: {Added} people", result.Added);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
