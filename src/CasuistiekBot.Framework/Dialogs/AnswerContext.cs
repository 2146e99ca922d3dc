namespace CasuistiekBot.Framework.Dialogs;

/// <summary>
/// What an answer is read against: the user's own calendar date, the turn's language, and the options the engine last
/// asked back at this step (empty when it did not ask back).
/// </summary>
public sealed record AnswerContext(DateOnly Today, string Language, IReadOnlyList<AnswerOption> Offered);
