using System.Text.Json;
using System.Text.Json.Nodes;

namespace CasuistiekBot.Benchmarks;

/// <summary>
/// The intake flow as a user walks it (the same answers as tests/CasuistiekBot.Tests/Resilience/IntakeWalk): seven messages, then the
/// click on the summary card's submit button. Both bots get byte-identical Teams-shaped activities.
/// </summary>
internal static class IntakeScript
{
    public const string TenantId = "72f988bf-0000-4000-8000-000000000001";

    // The intake as it is now: a story of 30+ words describes the situation; one that says neither what chafes nor what
    // was tried gets those two as one question, so the walk is story, chafes-and-tried, wish, deadline, unit, visibility.
    private const string Story =
        "Mevrouw Jansen (BSN 111222333) moet binnen vier weken het land verlaten. Haar zoontje van zes ligt in het ziekenhuis " +
        "voor een zware operatie en zij wil bij hem blijven tot hij hersteld is. Ik spreek haar elke week en zij belt mij bijna dagelijks.";

    public static readonly string[] Messages =
    [
        "nieuwe casus",
        Story,
        "Besproken met mijn teamleider.",
        "1",
        "geen",
        "IND, directie Asiel en Bescherming",
        "2",
    ];

    /// <summary>Messages plus the card click.</summary>
    public static int Turns => Messages.Length + 1;

    public static string Turn(int step, string serviceUrl, string conversationId, int user)
    {
        var activity = Base(serviceUrl, conversationId, user);
        if (step < Messages.Length)
        {
            activity["type"] = "message";
            activity["text"] = Messages[step];
        }
        else
        {
            activity["type"] = "invoke";
            activity["name"] = "adaptiveCard/action";
            activity["replyToId"] = "bench-card";
            activity["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "intake.submit", ["data"] = new JsonObject { ["confirm"] = "submit" } },
                ["trigger"] = "manual",
            };
        }
        return activity.ToJsonString();
    }

    private static JsonObject Base(string serviceUrl, string conversationId, int user) => new()
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["locale"] = "nl-NL",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["from"] = new JsonObject { ["id"] = $"29:bench-user-{user}", ["name"] = "Bench Gebruiker", ["aadObjectId"] = AadId(user) },
        ["recipient"] = new JsonObject { ["id"] = "28:casuistiek-bot", ["name"] = "CasuistiekBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["channelData"] = JsonSerializer.SerializeToNode(new { tenant = new { id = TenantId } }),
    };

    private static string AadId(int user) => $"00000000-0000-4000-8000-{user:D12}";
}
