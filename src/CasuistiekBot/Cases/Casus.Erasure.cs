using System.Text.Json.Nodes;

namespace CasuistiekBot.Cases;

/// <summary>
/// Reducing a casus to what may be kept without its texts: reference, year, status, visibility, wish, themes, urgency
/// kinds and times stay, so the register, the dashboard and exports still count it; everything written about it and
/// everything that leads to its author goes. Erasing is not a status change: a casus keeps the status it ended with.
/// </summary>
public sealed partial class Casus
{
    /// <summary>What an erased text reads as, wherever a card still shows the field.</summary>
    public const string ErasedText = "[gewist]";

    public bool IsErased => ErasedAt is not null;

    /// <summary>When it was closed: <see cref="ClosedAt"/>, or for cases closed before that was kept, the last change of status.</summary>
    public DateTimeOffset? ClosedSince => CasusStatus.IsOpen(Status) ? null : ClosedAt ?? UpdatedAt;

    /// <summary>Blanks the texts and the way to the author; false (and nothing changed) when it was erased before.</summary>
    public bool Erase(DateTimeOffset at)
    {
        if (IsErased) return false;
        Story = ErasedText;
        Situation = Chafes = Tried = OrgUnit = null;
        Deadline = null;
        Replacements = "";
        ScrubMemory = null;
        RoutesJson = RoutesOnly(RoutesJson);
        AuthorKey = AuthorAadObjectId = AuthorName = AuthorRoute = null;
        if (WithdrawnReason is not null) WithdrawnReason = ErasedText;
        ErasedAt = at;
        UpdatedAt = at;
        Version++;
        return true;
    }

    // The advice keeps which routes were suggested and how strongly; its reasons quote the casus' own words.
    private static string RoutesOnly(string routesJson)
    {
        if (JsonNode.Parse(routesJson) is not JsonArray routes) return "[]";
        foreach (var route in routes.OfType<JsonObject>())
        {
            var texts = route.Where(p => p.Key != "route" && p.Value is JsonValue v && v.TryGetValue<string>(out _)).Select(p => p.Key).ToList();
            foreach (var key in texts) route[key] = "";
        }
        return routes.ToJsonString();
    }
}
