namespace CasuistiekBot.Routing;

internal sealed class RouteDefinition
{
    public string? Id { get; set; }
    public LocalizedText? Name { get; set; }
    public LocalizedText? Description { get; set; }

    // The Teams conversation the route's cases go to; null until an organisation configures it.
    public string? Handler { get; set; }
    public LocalizedText? Contact { get; set; }

    // Confidential routes are never shown to panels.
    public bool Confidential { get; set; }

    // "social-safety" or "integrity": strong signals make the route win and make the intake warn at once.
    public string? Safety { get; set; }

    // Whether a denied signal ("geen fraude") is discounted; elsewhere a negation is often part of the complaint.
    public bool Negatable { get; set; }

    public double Prior { get; set; }
    public Dictionary<string, double> Wishes { get; set; } = [];
    public List<string> Context { get; set; } = [];
    public List<SignalDefinition> Signals { get; set; } = [];
}
