using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CasuistiekBot.Tests.Storage;

public sealed class DatabaseHealthCheckTests
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task The_database_check_is_healthy_when_the_database_answers(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var instance = await database.StartMigratedInstanceAsync();

        var report = await instance.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains(DatabaseHealthCheck.ReadyTag));

        Assert.Equal(HealthStatus.Healthy, Assert.Single(report.Entries, e => e.Key == DatabaseHealthCheck.Name).Value.Status);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task The_database_check_is_unhealthy_when_the_database_cannot_be_reached(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var unreachable = provider == DatabaseProvider.Sqlite
            ? "Data Source=missing/nothing-here.db;Mode=ReadOnly"
            : "Host=127.0.0.1;Port=1;Username=postgres;Database=nowhere;Timeout=5";
        var instance = database.StartInstance(unreachable);

        var report = await instance.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains(DatabaseHealthCheck.ReadyTag));

        var entry = Assert.Single(report.Entries, e => e.Key == DatabaseHealthCheck.Name).Value;
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.NotNull(entry.Exception);
    }
}
