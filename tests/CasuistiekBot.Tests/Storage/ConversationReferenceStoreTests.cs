using CasuistiekBot.Conversations;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Storage;

public sealed class ConversationReferenceStoreTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_saved_personal_conversation_is_found_with_every_field(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        // A local offset on purpose: the stored instant must come back the same on both providers.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 10, 30, 0, TimeSpan.FromHours(1)));
        var store = await CreateStoreAsync(database, clock);

        await store.SaveAsync(Personal("a:1", "aad-anna", "https://smba.trafficmanager.net/emea/"), "tenant-1", "Europe/Amsterdam", None);

        var stored = await store.FindByConversationAsync("msteams", "a:1", None);
        Assert.Equal(new StoredConversation(
            "msteams", "a:1", "https://smba.trafficmanager.net/emea/", "tenant-1", ConversationTypes.Personal,
            "29:aad-anna", "aad-anna", "Anna de Vries", "28:bot", "Casuistiek", "nl-NL", "Europe/Amsterdam",
            Installed: true, CoarseTime.Day(clock.GetUtcNow()), CoarseTime.Day(clock.GetUtcNow())), stored);
        Assert.Null(await store.FindByConversationAsync("msteams", "a:other", None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Saving_again_with_a_new_service_url_replaces_it_and_keeps_what_the_reference_lacks(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);
        await store.SaveAsync(Personal("a:1", "aad-anna", "https://smba.trafficmanager.net/emea/"), "tenant-1", "Europe/Amsterdam", None);
        var created = database.Clock.GetUtcNow();
        database.Clock.Advance(TimeSpan.FromDays(3));

        var moved = Personal("a:1", "aad-anna", "https://smba.trafficmanager.net/nl/") with { Locale = null, Bot = null };
        await store.SaveAsync(moved, tenantId: null, timeZone: null, None);

        var stored = await store.FindByConversationAsync("msteams", "a:1", None);
        Assert.NotNull(stored);
        Assert.Equal("https://smba.trafficmanager.net/nl/", stored.ServiceUrl);
        Assert.Equal(("tenant-1", "Europe/Amsterdam", "nl-NL", "28:bot"), (stored.TenantId, stored.TimeZone, stored.Locale, stored.BotId));
        // Kept to the day: a personal chat's row names its person, and an exact time could be matched with a casus.
        Assert.Equal((CoarseTime.Day(created), CoarseTime.Day(database.Clock.GetUtcNow())), (stored.CreatedAt, stored.UpdatedAt));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Saving_an_unchanged_reference_does_not_touch_the_row(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);
        await store.SaveAsync(Personal("a:1", "aad-anna", "https://smba.trafficmanager.net/emea/"), "tenant-1", null, None);
        var saved = CoarseTime.Day(database.Clock.GetUtcNow());
        database.Clock.Advance(TimeSpan.FromDays(2));

        await store.SaveAsync(Personal("a:1", "aad-anna", "https://smba.trafficmanager.net/emea/"), "tenant-1", null, None);

        Assert.Equal(saved, (await store.FindByConversationAsync("msteams", "a:1", None))?.UpdatedAt);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task The_personal_lookup_finds_the_users_latest_installed_personal_chat_only(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);
        await store.SaveAsync(Personal("a:old", "aad-anna", "https://smba/emea/"), "t", null, None);
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        await store.SaveAsync(Personal("a:new", "aad-anna", "https://smba/emea/"), "t", null, None);
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        await store.SaveAsync(Shared("19:group@thread.v2", ConversationTypes.GroupChat, "aad-anna"), "t", null, None);
        await store.SaveAsync(Personal("a:bram", "aad-bram", "https://smba/emea/"), "t", null, None);

        Assert.Equal("a:new", (await store.FindPersonalByUserAsync("aad-anna", None))?.ConversationId);

        await store.MarkUninstalledAsync("msteams", "a:new", None);
        Assert.Equal("a:old", (await store.FindPersonalByUserAsync("aad-anna", None))?.ConversationId);

        await store.MarkUninstalledAsync("msteams", "a:old", None);
        Assert.Null(await store.FindPersonalByUserAsync("aad-anna", None));
        Assert.Null(await store.FindPersonalByUserAsync("aad-nobody", None));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task An_uninstalled_conversation_is_kept_and_a_new_save_reinstalls_it(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);
        await store.SaveAsync(Shared("19:team@thread.tacv2", ConversationTypes.Channel, "aad-anna"), "t", null, None);

        await store.MarkUninstalledAsync("msteams", "19:team@thread.tacv2", None);
        await store.MarkUninstalledAsync("msteams", "19:unknown@thread.tacv2", None);
        Assert.False((await store.FindByConversationAsync("msteams", "19:team@thread.tacv2", None))?.Installed);

        await store.SaveAsync(Shared("19:team@thread.tacv2", ConversationTypes.Channel, "aad-bram"), "t", null, None);
        Assert.True((await store.FindByConversationAsync("msteams", "19:team@thread.tacv2", None))?.Installed);
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task The_installed_list_holds_channels_and_group_chats_but_no_personal_or_removed_ones(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);
        await store.SaveAsync(Shared("19:b@thread.tacv2", ConversationTypes.Channel, "aad-anna"), "t", null, None);
        await store.SaveAsync(Shared("19:a@thread.v2", ConversationTypes.GroupChat, "aad-anna"), "t", null, None);
        await store.SaveAsync(Shared("19:gone@thread.tacv2", ConversationTypes.Channel, "aad-anna"), "t", null, None);
        await store.SaveAsync(Personal("a:1", "aad-anna", "https://smba/emea/"), "t", null, None);
        await store.MarkUninstalledAsync("msteams", "19:gone@thread.tacv2", None);

        var installed = await store.ListInstalledChannelsAndGroupChatsAsync(None);

        Assert.Equal(["19:a@thread.v2", "19:b@thread.tacv2"], installed.Select(c => c.ConversationId));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Concurrent_first_saves_of_one_conversation_leave_one_row(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var saves = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            await store.SaveAsync(Personal("a:1", "aad-anna", "https://smba/emea/"), "tenant-1", null, None);
        })).ToList();
        gate.SetResult();
        await Task.WhenAll(saves);

        Assert.Equal("a:1", (await store.FindPersonalByUserAsync("aad-anna", None))?.ConversationId);
    }

    [Fact]
    public void A_stored_conversation_turns_back_into_a_reference_for_proactive_sends()
    {
        var stored = new StoredConversation("msteams", "19:a@thread.v2", "https://smba/emea/", "t", ConversationTypes.GroupChat,
            "29:1", "aad-anna", "Anna", "28:bot", "Casuistiek", "en-US", null, true, default, default);

        var reference = stored.ToReference();

        Assert.Equal(("msteams", "https://smba/emea/", "en-US"), (reference.ChannelId, reference.ServiceUrl, reference.Locale));
        Assert.Equal(new ConversationAccount { Id = "19:a@thread.v2", ConversationType = ConversationTypes.GroupChat, TenantId = "t", IsGroup = true }, reference.Conversation);
        Assert.Equal(("29:1", "aad-anna", "Anna"), (reference.User?.Id, reference.User?.AadObjectId, reference.User?.Name));
        Assert.Equal(("28:bot", "Casuistiek"), (reference.Bot?.Id, reference.Bot?.Name));
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task A_reference_without_service_url_is_refused(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        var store = await CreateStoreAsync(database);

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(Personal("a:1", "aad-anna", "x") with { ServiceUrl = null }, null, null, None));

        Assert.Null(await store.FindByConversationAsync("msteams", "a:1", None));
    }

    private static async Task<IConversationReferenceStore> CreateStoreAsync(StorageTestDatabase database, TimeProvider? clock = null) =>
        (await database.StartMigratedInstanceAsync(clock)).GetRequiredService<IConversationReferenceStore>();

    private static ConversationReference Personal(string conversationId, string aadObjectId, string serviceUrl) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        Locale = "nl-NL",
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = ConversationTypes.Personal },
        User = new ChannelAccount { Id = "29:" + aadObjectId, AadObjectId = aadObjectId, Name = "Anna de Vries" },
        Bot = new ChannelAccount { Id = "28:bot", Name = "Casuistiek" },
    };

    private static ConversationReference Shared(string conversationId, string conversationType, string senderAadObjectId) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = "https://smba/emea/",
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = conversationType, IsGroup = true },
        User = new ChannelAccount { Id = "29:" + senderAadObjectId, AadObjectId = senderAadObjectId },
        Bot = new ChannelAccount { Id = "28:bot" },
    };
}
