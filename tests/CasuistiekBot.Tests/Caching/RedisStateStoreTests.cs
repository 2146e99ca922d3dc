using CasuistiekBot.Framework.State;
using CasuistiekBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Caching;

public sealed class RedisStateStoreTests
{
    private const string Redis = RedisTestInstances.EnvironmentVariable;
    private static readonly CancellationToken None = CancellationToken.None;

    [RequiresServiceFact(Redis)]
    public async Task A_new_key_is_created_and_read_back_with_its_etag()
    {
        await using var redis = new RedisTestInstances();
        var store = Store(redis);

        var etag = await store.WriteAsync("conv/a", """{"stack":[]}""", null, None);

        Assert.Equal(new StoredState("""{"stack":[]}""", etag), await store.ReadAsync("conv/a", None));
        Assert.Null(await store.ReadAsync("conv/b", None));
    }

    [RequiresServiceFact(Redis)]
    public async Task Creating_a_key_that_already_exists_conflicts_and_keeps_the_first_value()
    {
        await using var redis = new RedisTestInstances();
        var store = Store(redis);
        var etag = await store.WriteAsync("conv/a", "1", null, None);

        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("conv/a", "2", null, None));

        Assert.Equal("conv/a", conflict.Key);
        Assert.Equal(new StoredState("1", etag), await store.ReadAsync("conv/a", None));
    }

    [RequiresServiceFact(Redis)]
    public async Task Writing_with_the_current_etag_succeeds_and_issues_a_new_one()
    {
        await using var redis = new RedisTestInstances();
        var store = Store(redis);
        var first = await store.WriteAsync("conv/a", "1", null, None);

        var second = await store.WriteAsync("conv/a", "2", first, None);

        Assert.NotEqual(first, second);
        Assert.Equal(new StoredState("2", second), await store.ReadAsync("conv/a", None));
    }

    [RequiresServiceFact(Redis)]
    public async Task Writing_with_a_stale_etag_conflicts_and_keeps_the_newer_value()
    {
        await using var redis = new RedisTestInstances();
        var store = Store(redis);
        var stale = await store.WriteAsync("conv/a", "1", null, None);
        var current = await store.WriteAsync("conv/a", "2", stale, None);

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("conv/a", "3", stale, None));
        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("conv/a", "3", "not-a-version", None));
        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("conv/a", "3", "", None));
        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("conv/missing", "3", current, None));

        Assert.Equal(new StoredState("2", current), await store.ReadAsync("conv/a", None));
        Assert.Null(await store.ReadAsync("conv/missing", None));
    }

    [RequiresServiceFact(Redis)]
    public async Task A_star_etag_writes_whether_or_not_the_key_exists()
    {
        await using var redis = new RedisTestInstances();
        var store = Store(redis);

        var created = await store.WriteAsync("conv/a", "1", "*", None);
        var overwritten = await store.WriteAsync("conv/a", "2", "*", None);

        Assert.NotEqual(created, overwritten);
        Assert.Equal(new StoredState("2", overwritten), await store.ReadAsync("conv/a", None));
    }

    [RequiresServiceFact(Redis)]
    public async Task Deleted_state_is_gone_and_its_old_etag_does_not_match_a_recreated_key()
    {
        await using var redis = new RedisTestInstances();
        var store = Store(redis);
        var old = await store.WriteAsync("conv/a", "1", null, None);

        await store.DeleteAsync("conv/a", None);
        await store.DeleteAsync("conv/never-written", None);

        Assert.Null(await store.ReadAsync("conv/a", None));
        var recreated = await store.WriteAsync("conv/a", "2", null, None);
        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("conv/a", "3", old, None));
        Assert.Equal(new StoredState("2", recreated), await store.ReadAsync("conv/a", None));
    }

    [RequiresServiceFact(Redis)]
    public async Task Of_concurrent_writers_on_two_instances_holding_the_same_etag_exactly_one_wins()
    {
        await using var redis = new RedisTestInstances();
        IStateStore[] stores = [Store(redis), Store(redis)];
        var etag = await stores[0].WriteAsync("conv/a", "start", null, None);

        var outcomes = await Race.RunAsync(8, i => stores[i % 2].WriteAsync("conv/a", $"writer {i}", etag, None));

        var winner = Assert.Single(outcomes, o => o.Result is not null);
        Assert.All(outcomes.Where(o => o != winner), o => Assert.IsType<StateConflictException>(o.Error));
        Assert.Equal(new StoredState($"writer {winner.Index}", winner.Result!), await stores[1].ReadAsync("conv/a", None));
    }

    [RequiresServiceFact(Redis)]
    public async Task Of_concurrent_creators_on_two_instances_exactly_one_wins()
    {
        await using var redis = new RedisTestInstances();
        IStateStore[] stores = [Store(redis), Store(redis)];

        var outcomes = await Race.RunAsync(8, i => stores[i % 2].WriteAsync("conv/new", $"creator {i}", null, None));

        var winner = Assert.Single(outcomes, o => o.Result is not null);
        Assert.All(outcomes.Where(o => o != winner), o => Assert.IsType<StateConflictException>(o.Error));
        Assert.Equal(new StoredState($"creator {winner.Index}", winner.Result!), await stores[0].ReadAsync("conv/new", None));
    }

    [RequiresServiceFact(Redis)]
    public async Task Concurrent_unconditional_writers_all_succeed_and_one_value_remains()
    {
        await using var redis = new RedisTestInstances();
        var store = Store(redis);

        var outcomes = await Race.RunAsync(8, i => store.WriteAsync("conv/star", $"writer {i}", "*", None));

        Assert.All(outcomes, o => Assert.Null(o.Error));
        var stored = await store.ReadAsync("conv/star", None);
        Assert.Contains(outcomes, o => stored == new StoredState($"writer {o.Index}", o.Result!));
    }

    [RequiresServiceFact(Redis)]
    public async Task Keys_live_under_the_configured_prefix_so_instances_with_another_prefix_do_not_see_them()
    {
        await using var redis = new RedisTestInstances();
        await using var other = new RedisTestInstances();
        await Store(redis).WriteAsync("conv/a", "mine", null, None);

        Assert.Null(await Store(other).ReadAsync("conv/a", None));
        Assert.Equal("mine", (string?)await redis.Raw.HashGetAsync(redis.KeyPrefix + "state:conv/a", "json"));
    }

    [RequiresServiceFact(Redis)]
    public async Task Conversation_state_expires_after_its_time_to_live_and_user_state_is_kept()
    {
        await using var redis = new RedisTestInstances();
        var store = Store(redis, new Dictionary<string, string?> { ["Redis:ConversationStateTimeToLive"] = "00:00:00.3" });
        const string conversation = "msteams/conversations/a:1";
        const string user = "msteams/users/29:1";
        await store.WriteAsync(conversation + "/dialog", "dialog", null, None);
        await store.WriteAsync(user, "user", null, None);

        await Eventually.TrueAsync(async () => await store.ReadAsync(conversation + "/dialog", None) is null, "conversation state never expired");

        Assert.Equal("user", (await store.ReadAsync(user, None))?.Json);
        Assert.Equal(TimeSpan.Zero, await redis.Raw.KeyTimeToLiveAsync(redis.KeyPrefix + "state:" + user) ?? TimeSpan.Zero);
    }

    [RequiresServiceFact(Redis)]
    public async Task Without_a_time_to_live_conversation_state_is_kept_and_a_later_write_removes_an_earlier_expiry()
    {
        await using var redis = new RedisTestInstances();
        var store = Store(redis);
        const string conversation = "msteams/conversations/a:1";
        var etag = await store.WriteAsync(conversation, "1", null, None);
        await redis.Raw.KeyExpireAsync(redis.KeyPrefix + "state:" + conversation, TimeSpan.FromHours(1));

        await store.WriteAsync(conversation, "2", etag, None);

        Assert.Null(await redis.Raw.KeyTimeToLiveAsync(redis.KeyPrefix + "state:" + conversation));
    }

    private static IStateStore Store(RedisTestInstances redis, IReadOnlyDictionary<string, string?>? settings = null) =>
        redis.StartInstance(settings).GetRequiredService<IStateStore>();
}
