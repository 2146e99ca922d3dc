using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CasuistiekBot.Cases;
using CasuistiekBot.Delivery;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CasuistiekBot.Tests.Storage.Upgrade;

/// <summary>
/// A release database whose cases kept their author's chat in plain columns: the upgrade seals each chat before it drops
/// the columns, so authors still hear back, and clears what tied an anonymous casus to its author.
/// </summary>
public sealed class SealedRouteUpgradeTests
{
    private static readonly Guid Anonymous = Guid.Parse("11111111-2222-4333-8444-555555555555");

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task Upgrading_seals_every_authors_chat_and_unties_anonymous_cases_from_their_author(DatabaseProvider provider)
    {
        await using var database = await StorageTestDatabase.CreateAsync(provider);
        await ReleaseDatabase.RestoreAsync(database, WithAnAnonymousCasus);

        var upgraded = await database.StartMigratedInstanceAsync(services: services => AddCases(services, database.ContentRoot));

        await using var db = await upgraded.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync();
        var confidential = await db.Set<Casus>().SingleAsync(c => c.Reference == "CA-2026-0042");
        var anonymous = await db.Set<Casus>().SingleAsync(c => c.Id == Anonymous);
        Assert.Null(confidential.AuthorKey);   // its author is named; the same hash on an anonymous casus would name them too
        Assert.Equal("lookup-anon", anonymous.AuthorKey);
        Assert.DoesNotContain("a:2anon", anonymous.AuthorRoute);
        Assert.Equal("a:1xYz", await QueuedToAsync(upgraded, db, confidential));
        Assert.Equal("a:2anon", await QueuedToAsync(upgraded, db, anonymous));

        var sentToAuthor = await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.IdempotencyKey == $"author:{Anonymous:N}:ontvangen");
        Assert.True(sentToAuthor.ForgetsRecipient);
        Assert.Equal(new string?[6], new[] { sentToAuthor.ChannelId, sentToAuthor.ConversationId, sentToAuthor.ServiceUrl,
            sentToAuthor.RecipientAadObjectId, sentToAuthor.RecipientUserId, sentToAuthor.TenantId });
        Assert.Equal("a:1xYz", (await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == 1)).ConversationId);

        var dialog = await db.ConversationStates.AsNoTracking().SingleAsync(s => s.Key == "msteams/conversations/a:2anon/dialog");
        Assert.Null(JsonNode.Parse(dialog.Json)!["lastCompleted"]);
        Assert.Equal(TimeSpan.Zero, dialog.UpdatedAt.TimeOfDay);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), (await db.Set<UserProfile>().SingleAsync()).UpdatedAt);
    }

    // Where the author messenger sends a message about this casus now: it opens the sealed route.
    private static async Task<string?> QueuedToAsync(IServiceProvider instance, CasuistiekDbContext db, Casus casus)
    {
        await instance.GetRequiredService<AuthorMessenger>().EnqueueAsync(db, casus, "na-upgrade", MessageFactory.Text("Test"), CancellationToken.None);
        await db.SaveChangesAsync();
        return (await db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.IdempotencyKey == $"author:{casus.Id:N}:na-upgrade")).ConversationId;
    }

    private static void AddCases(IServiceCollection services, string contentRoot)
    {
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(contentRoot));
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<IOutbox, Outbox>();
        services.AddAuthorRouteSealing(new ConfigurationBuilder().Build());
        services.AddAuthorMessaging();
    }

    /// <summary>
    /// The release's confidential casus copied as an anonymous one, in its author's own chat, with a message to that author
    /// already sent and the completed intake still in that chat's dialog state: what the release kept for every casus.
    /// </summary>
    private static string WithAnAnonymousCasus(string script)
    {
        var lines = script.Split('\n').ToList();
        string Copy(string startsWith, Func<string, string> edit) => edit(lines.Single(l => Regex.IsMatch(l, $"^INSERT INTO (public\\.)?{startsWith}")));
        lines.Add(Copy("cases", AnonymousCasus));
        // A high id: PostgreSQL's identity sequence still hands out 2 next.
        lines.Add(Copy("outbox_messages", line => Regex.Replace(line, @"VALUES ?\(1,", "VALUES(1001,")
            .Replace("casus/CA-2026-0042/ontvangen", $"author:{Anonymous:N}:ontvangen").Replace("'casus/CA-2026-0042/concept'", "NULL")
            .Replace("a:1xYz", "a:2anon")));
        lines.Add(Copy("conversation_states", line => line.Replace("msteams/a:1xYz/dialog", "msteams/conversations/a:2anon/dialog")
            .Replace("""{"flow":"intake","version":3,"step":"wish"}""", """{"schemaVersion":1,"frames":[],"lastCompleted":{"flowId":"intake","values":{"story":"Het hele verhaal."}}}""")));
        return string.Join('\n', lines);
    }

    private static string AnonymousCasus(string line)
    {
        // SQLite's dump keeps the id as EF stores it there: upper case.
        var id = line.StartsWith("INSERT INTO cases", StringComparison.Ordinal) ? Anonymous.ToString().ToUpperInvariant() : Anonymous.ToString();
        line = Regex.Replace(line, "6f1c2a4e-8b3d-4e7a-9c55-0d2b71e3a9f4", id, RegexOptions.IgnoreCase).Replace("CA-2026-0042", "CA-2026-0043");
        return Regex.Replace(line, @"'aad:aad-sanne',\s*'aad-sanne',\s*'Sanne de Vries',\s*'msteams',\s*'a:1xYz',\s*'vertrouwelijk'",
            "'lookup-anon', NULL, NULL, 'msteams', 'a:2anon', 'anoniem'");
    }
}
