using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Storage;

/// <summary>
/// Brings rows written before times next to a person were kept to the day (<see cref="CoarseTime"/>) in line, and drops
/// the completed flow a dialog stack remembered: after an intake that was the whole casus, stored under the author's
/// conversation.
/// </summary>
internal sealed class AuthorSideTimes : IMigrationDataStep
{
    public string Before => "DropAuthorConversation";

    // It runs against the schema of its own time, so it reads and writes only the columns it names: loading whole rows
    // would ask for columns later migrations add.
    public async Task RunAsync(CasuistiekDbContext db, CancellationToken cancellationToken)
    {
        var references = await db.ConversationReferences.AsNoTracking()
            .Select(r => new { r.ChannelId, r.ConversationId, r.CreatedAt, r.UpdatedAt }).ToListAsync(cancellationToken);
        foreach (var r in references)
        {
            await db.ConversationReferences.Where(x => x.ChannelId == r.ChannelId && x.ConversationId == r.ConversationId)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(x => x.CreatedAt, CoarseTime.Day(r.CreatedAt))
                    .SetProperty(x => x.UpdatedAt, CoarseTime.Day(r.UpdatedAt)), cancellationToken);
        }
        var activities = await db.ProcessedActivities.AsNoTracking()
            .Select(a => new { a.ChannelId, a.ConversationId, a.ActivityId, a.SeenAt }).ToListAsync(cancellationToken);
        foreach (var a in activities)
        {
            await db.ProcessedActivities.Where(x => x.ChannelId == a.ChannelId && x.ConversationId == a.ConversationId && x.ActivityId == a.ActivityId)
                .ExecuteUpdateAsync(set => set.SetProperty(x => x.SeenAt, CoarseTime.Day(a.SeenAt)), cancellationToken);
        }
        var states = await db.ConversationStates.AsNoTracking().Select(s => new { s.Key, s.Json, s.UpdatedAt }).ToListAsync(cancellationToken);
        foreach (var state in states)
        {
            await db.ConversationStates.Where(x => x.Key == state.Key)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(x => x.UpdatedAt, CoarseTime.Day(state.UpdatedAt))
                    .SetProperty(x => x.Json, WithoutCompletedFlow(state.Json)), cancellationToken);
        }
    }

    // The dialog stack's "lastCompleted" (Framework.Dialogs.DialogStack) only lets a just-finished flow be changed again.
    private static string WithoutCompletedFlow(string json)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject stack || stack["lastCompleted"] is null) return json;
            stack["lastCompleted"] = null;
            return stack.ToJsonString();
        }
        catch (JsonException)
        {
            return json;
        }
    }
}
