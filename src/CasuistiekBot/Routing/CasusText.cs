namespace CasuistiekBot.Routing;

// The story plus the optional structured intake answers; every part takes part in routing.
internal sealed record CasusText(
    string Story,
    string? Situation = null,
    string? WhatChafes = null,
    string? WhatWasTried = null,
    CasusWish? Wants = null)
{
    public string Combined() =>
        string.Join("\n", new[] { Story, Situation, WhatChafes, WhatWasTried }.Where(part => !string.IsNullOrWhiteSpace(part)));
}
