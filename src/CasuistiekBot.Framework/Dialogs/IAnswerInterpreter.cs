namespace CasuistiekBot.Framework.Dialogs;

/// <summary>
/// Reads a typed answer the app's own way: words in its users' languages, dates inside sentences, ordinals, corrections.
/// The engine asks every registered interpreter in turn and takes the first interpretation that is not null; when all
/// return null it falls back to its built-in recognition. Card submissions of card steps are never interpreted.
/// </summary>
public interface IAnswerInterpreter
{
    AnswerInterpretation? Interpret(FlowStep step, string text, AnswerContext context);
}
