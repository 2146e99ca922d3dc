namespace CasuistiekBot.Routing.Learning;

// One curated casus with the route it belongs to; the learned part of the router is trained on these at start.
internal sealed record RouteExample(string Id, string Route, string Text);
