namespace CasuistiekBot.Framework.Dialogs;

/// <summary>One option of a choice step. <see cref="Value"/> is what gets stored; the rest is for recognizing it.</summary>
public sealed record FlowChoice(string Value, LocalizedText Title, IReadOnlyList<string> Synonyms);
