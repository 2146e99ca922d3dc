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

    public async Task RunAsync(CasuistiekDbContext db, CancellationToken cancellationToken)
    {
        foreach (var reference in await db.ConversationReferences.ToListAsync(cancellationToken))
        {
            reference.CreatedAt = CoarseTime.Day(reference.CreatedAt);
            reference.UpdatedAt = CoarseTime.Day(reference.UpdatedAt);
        }
        foreach (var activity in await db.ProcessedActivities.ToListAsync(cancellationToken)) activity.SeenAt = CoarseTime.Day(activity.SeenAt);
        foreach (var state in await db.ConversationStates.ToListAsync(cancellationToken))
        {
            state.UpdatedAt = CoarseTime.Day(state.UpdatedAt);
            state.Json = WithoutCompletedFlow(state.Json);
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
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
