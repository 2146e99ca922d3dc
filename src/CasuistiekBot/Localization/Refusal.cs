namespace CasuistiekBot.Localization;

/// <summary>Why an action is refused: a text key and its arguments, shown to the person who acted.</summary>
internal sealed record Refusal(string Key, params object[] Args);
