using CasuistiekBot.Framework.State;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Storage;

public sealed class DbStateStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_new_key_is_created_and_read_back_with_its_etag(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);

        var etag = await store.WriteAsync("conv/a", """{"stack":[]}""", null, None);

        Assert.Equal(new StoredState("""{"stack":[]}""", etag), await store.ReadAsync("conv/a", None));
        Assert.Null(await store.ReadAsync("conv/b", None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Creating_a_key_that_already_exists_conflicts_and_keeps_the_first_value(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);
        var etag = await store.WriteAsync("conv/a", "1", null, None);

        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("conv/a", "2", null, None));

        Assert.Equal("conv/a", conflict.Key);
        Assert.Equal(new StoredState("1", etag), await store.ReadAsync("conv/a", None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Writing_with_the_current_etag_succeeds_and_issues_a_new_one(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);
        var first = await store.WriteAsync("conv/a", "1", null, None);

        var second = await store.WriteAsync("conv/a", "2", first, None);

        Assert.NotEqual(first, second);
        Assert.Equal(new StoredState("2", second), await store.ReadAsync("conv/a", None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Writing_with_a_stale_etag_conflicts_and_keeps_the_newer_value(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);
        var stale = await store.WriteAsync("conv/a", "1", null, None);
        var current = await store.WriteAsync("conv/a", "2", stale, None);

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("conv/a", "3", stale, None));
        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("conv/a", "3", "not-a-version", None));
        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("conv/missing", "3", current, None));

        Assert.Equal(new StoredState("2", current), await store.ReadAsync("conv/a", None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_star_etag_writes_whether_or_not_the_key_exists(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);

        var created = await store.WriteAsync("conv/a", "1", "*", None);
        var overwritten = await store.WriteAsync("conv/a", "2", "*", None);

        Assert.NotEqual(created, overwritten);
        Assert.Equal(new StoredState("2", overwritten), await store.ReadAsync("conv/a", None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Deleted_state_is_gone_and_its_old_etag_does_not_match_a_recreated_key(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);
        var old = await store.WriteAsync("conv/a", "1", null, None);

        await store.DeleteAsync("conv/a", None);
        await store.DeleteAsync("conv/never-written", None);

        Assert.Null(await store.ReadAsync("conv/a", None));
        var recreated = await store.WriteAsync("conv/a", "2", null, None);
        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("conv/a", "3", old, None));
        Assert.Equal(new StoredState("2", recreated), await store.ReadAsync("conv/a", None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Of_concurrent_writers_holding_the_same_etag_exactly_one_wins(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);
        var etag = await store.WriteAsync("conv/a", "start", null, None);

        var outcomes = await RaceAsync(8, i => store.WriteAsync("conv/a", $"writer {i}", etag, None));

        var winner = Assert.Single(outcomes, o => o.ETag is not null);
        Assert.All(outcomes.Where(o => o != winner), o => Assert.IsType<StateConflictException>(o.Error));
        Assert.Equal(new StoredState($"writer {winner.Index}", winner.ETag!), await store.ReadAsync("conv/a", None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Of_concurrent_creators_of_the_same_key_exactly_one_wins(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);

        var outcomes = await RaceAsync(8, i => store.WriteAsync("conv/new", $"creator {i}", null, None));

        var winner = Assert.Single(outcomes, o => o.ETag is not null);
        Assert.All(outcomes.Where(o => o != winner), o => Assert.IsType<StateConflictException>(o.Error));
        Assert.Equal(new StoredState($"creator {winner.Index}", winner.ETag!), await store.ReadAsync("conv/new", None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Concurrent_unconditional_writers_all_succeed_and_one_value_remains(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);

        var outcomes = await RaceAsync(8, i => store.WriteAsync("conv/star", $"writer {i}", "*", None));

        Assert.All(outcomes, o => Assert.Null(o.Error));
        var stored = await store.ReadAsync("conv/star", None);
        Assert.Contains(outcomes, o => stored == new StoredState($"writer {o.Index}", o.ETag!));
    }

    [Fact]
    internal async Task On_sqlite_reads_come_from_what_the_process_wrote_and_a_copy_gone_stale_costs_one_conflict()
    {
        await using var database = await StorageTestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var store = await CreateStoreAsync(database);
        // A second process on the same file, which the README rules out for SQLite: it is what makes a copy stale.
        var other = await CreateStoreAsync(database);
        var first = await store.WriteAsync("conv/a", "1", null, None);
        var behind = await other.WriteAsync("conv/a", "2", first, None);

        Assert.Equal(new StoredState("1", first), await store.ReadAsync("conv/a", None));
        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("conv/a", "3", first, None));
        Assert.Equal(new StoredState("2", behind), await store.ReadAsync("conv/a", None));
    }

    [Theory, PostgresData(DatabaseProvider.Postgres)]
    internal async Task On_postgres_which_several_instances_share_every_read_asks_the_database(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);
        var other = await CreateStoreAsync(database);
        var first = await store.WriteAsync("conv/a", "1", null, None);

        var behind = await other.WriteAsync("conv/a", "2", first, None);

        Assert.Equal(new StoredState("2", behind), await store.ReadAsync("conv/a", None));
    }

    private static async Task<IStateStore> CreateStoreAsync(StorageTestDatabase database) =>
        (await database.StartMigratedInstanceAsync()).GetRequiredService<IStateStore>();

    /// <summary>Starts every writer behind one gate so they really overlap, each on its own thread.</summary>
    private static async Task<List<Outcome>> RaceAsync(int writers, Func<int, Task<string>> write)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            try
            {
                return new Outcome(i, await write(i), null);
            }
            catch (Exception e)
            {
                return new Outcome(i, null, e);
            }
        })).ToList();
        gate.SetResult();
        return [.. await Task.WhenAll(tasks)];
    }

    private sealed record Outcome(int Index, string? ETag, Exception? Error);
}
