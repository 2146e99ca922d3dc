using System.Text;
using System.Text.Json.Nodes;

namespace CasuistiekBot.Tests.Resilience;

/// <summary>
/// Malformed and hostile activities from a fixed seed, so a failure can be replayed: broken JSON, invalid UTF-8, wrong
/// field types, missing fields, huge strings, deep nesting, odd activity types, forged card actions, wrong content types.
/// Every serviceUrl points at the test's own fake connector or is not an http URL at all.
/// </summary>
internal sealed class FuzzCorpus(int seed, string serviceUrl, IReadOnlyList<Guid> knownCasusIds)
{
    public static readonly string[] Verbs =
    [
        "cases.mine", "cases.open", "cases.withdraw", "casus.answer", "intake.cancel", "intake.edit", "intake.editField",
        "intake.safety", "intake.start", "intake.submit", "triage.ask", "triage.refer", "triage.reject", "triage.spreekuur",
        "help.show", "admin.delete", "", "../../etc", "triage.spreekuur\u0000", "TRIAGE.SPREEKUUR",
    ];

    private static readonly string[] Fields =
    [
        "type", "id", "text", "from", "recipient", "conversation", "channelData", "value", "locale", "timestamp",
        "serviceUrl", "attachments", "entities", "name", "channelId", "replyToId", "membersAdded", "deliveryMode", "textFormat",
    ];

    private readonly Random _random = new(seed);

    public IEnumerable<HostileActivity> Generate(int count)
    {
        for (var i = 0; i < count; i++) yield return Next(i);
    }

    private HostileActivity Next(int i) => _random.Next(12) switch
    {
        0 => new("broken-json", Encoding.UTF8.GetBytes(BrokenJson())),
        1 => new("invalid-utf8", InvalidUtf8()),
        2 or 3 => Json("wrong-type", WithWrongType(Base(i))),
        4 => Json("missing-fields", WithoutFields(Base(i))),
        5 => Json("huge", Huge(Base(i))),
        6 => new("deep", Encoding.UTF8.GetBytes(Deep())),
        7 or 8 => Json("forged-action", ForgedAction(i)),
        9 => Json("odd-type", OddType(Base(i))),
        10 => Json("hostile-text", WithText(Base(i), HostileTexts.Pick(_random))),
        _ => new("content-type", Encoding.UTF8.GetBytes(Base(i).ToJsonString()), Pick("text/plain", "application/xml", "application/json; charset=latin1", "", "multipart/form-data")),
    };

    private static HostileActivity Json(string kind, JsonNode node) => new(kind, Encoding.UTF8.GetBytes(node.ToJsonString()));

    private JsonObject Base(int i)
    {
        var user = _random.Next(100, 100_000);
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"fuzz-{i}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = _random.Next(20) == 0 ? Pick("file:///etc/passwd", "javascript:alert(1)", "not a url", "") : serviceUrl,
            ["locale"] = Pick("nl-NL", "en-US", "xx", "", "nl-NL-x-" + new string('a', 300)),
            ["text"] = "hallo",
            ["from"] = new JsonObject { ["id"] = $"29:fuzz-{user}", ["aadObjectId"] = $"10000000-0000-4000-8000-{user:D12}" },
            ["recipient"] = new JsonObject { ["id"] = "28:casuistiek-bot" },
            ["conversation"] = new JsonObject { ["id"] = $"a:fuzz-{user}", ["conversationType"] = Pick("personal", "channel", "groupChat", "?") },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };
    }

    private JsonObject WithWrongType(JsonObject activity)
    {
        activity[Pick(Fields)] = _random.Next(7) switch
        {
            0 => JsonValue.Create(_random.Next()),
            1 => new JsonArray(1, "two", null),
            2 => new JsonObject { ["nested"] = new JsonObject { ["x"] = true } },
            3 => JsonValue.Create(false),
            4 => null,
            5 => JsonValue.Create(1e308),
            _ => JsonValue.Create(""),
        };
        return activity;
    }

    private JsonObject WithoutFields(JsonObject activity)
    {
        foreach (var field in Fields.Where(_ => _random.Next(3) == 0)) activity.Remove(field);
        return activity;
    }

    private JsonObject Huge(JsonObject activity)
    {
        // 600 KB is over the endpoint's limit (413); the others are big but allowed and must be refused politely.
        var size = Pick(5_000, 100_000, 600_000);
        var field = Pick("text", "id", "locale");
        if (_random.Next(2) == 0) activity["conversation"]!["id"] = "a:" + new string('c', size);
        else activity[field] = new string(Pick('x', 'é', '\u202e', 'ß'), size / 2);
        return activity;
    }

    private string Deep()
    {
        var depth = Pick(65, 1_000, 50_000);
        var open = Pick("[", "{\"a\":");
        var close = open == "[" ? "]" : "}";
        var builder = new StringBuilder("{\"type\":\"message\",\"text\":\"x\",\"channelData\":");
        for (var i = 0; i < depth; i++) builder.Append(open);
        builder.Append('1');
        for (var i = 0; i < depth; i++) builder.Append(close);
        return builder.Append('}').ToString();
    }

    private JsonObject ForgedAction(int i)
    {
        var activity = Base(i);
        var ids = new JsonObject
        {
            ["casusId"] = knownCasusIds.Count > 0 && _random.Next(2) == 0 ? knownCasusIds[_random.Next(knownCasusIds.Count)].ToString() : Pick(Guid.NewGuid().ToString(), "", "' OR 1=1 --", "CS-2026-0001"),
            ["confirm"] = Pick("submit", "yes", "true"),
            ["field"] = Pick("story", "visibility", "__proto__", "tried"),
            ["questionId"] = Guid.NewGuid().ToString(),
        };
        if (_random.Next(4) == 0)
        {
            // The older Action.Submit shape: a message whose value carries the verb.
            activity["value"] = new JsonObject { ["verb"] = Pick(Verbs), ["data"] = ids };
            activity.Remove("text");
            return activity;
        }
        activity["type"] = "invoke";
        activity["name"] = Pick("adaptiveCard/action", "adaptiveCard/action", "task/fetch", "signin/verifyState", "composeExtension/query", "x/y");
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = Pick("Action.Execute", "Action.Submit", "x"), ["verb"] = Pick(Verbs), ["data"] = ids },
            ["trigger"] = "manual",
        };
        return activity;
    }

    private JsonObject OddType(JsonObject activity)
    {
        activity["type"] = Pick("conversationUpdate", "installationUpdate", "messageReaction", "typing", "endOfConversation", "event", "trace", "x", "MESSAGE", "");
        activity["action"] = Pick("add", "remove", "remove-upgrade");
        activity["membersAdded"] = new JsonArray([.. Enumerable.Range(0, Pick(1, 50, 500)).Select(n => (JsonNode)new JsonObject { ["id"] = $"29:m-{n}" })]);
        activity["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "28:casuistiek-bot" });
        return activity;
    }

    private static JsonObject WithText(JsonObject activity, string text)
    {
        activity["text"] = text;
        return activity;
    }

    private string BrokenJson() => _random.Next(8) switch
    {
        0 => "",
        1 => "{",
        2 => Pick("null", "[]", "42", "\"message\"", "true"),
        3 => "{\"type\":\"message\",\"text\":\"hallo\"",
        4 => "{\"type\":\"message\",,}",
        5 => "\uFEFF{\"type\":\"message\"}",
        6 => "{\"type\":\"message\",\"text\":\"\\uD800\"}",
        _ => new string((char)_random.Next(32, 127), _random.Next(1, 200)),
    };

    private byte[] InvalidUtf8()
    {
        var prefix = Encoding.UTF8.GetBytes("{\"type\":\"message\",\"channelId\":\"msteams\",\"conversation\":{\"id\":\"a:utf\"},\"text\":\"");
        byte[] bad = Pick<byte[]>([0xC3, 0x28], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF]);
        return [.. prefix, .. bad, .. "\"}"u8];
    }

    private T Pick<T>(params T[] values) => values[_random.Next(values.Length)];
}
