namespace CasuistiekBot.Signals;

/// <summary>One entry of an owner list on a card: the object id as value, name and unit as title.</summary>
internal sealed record OwnerChoice(string Value, string Title);
