namespace CasuistiekBot.Framework.Dialogs;

internal enum RecognitionStatus
{
    Recognized,
    NotUnderstood,
    TooLong,
}

// What an answer turned out to be, before any validator had its say.
internal readonly record struct Recognition(RecognitionStatus Status, string Value)
{
    public static Recognition Of(string value) => new(RecognitionStatus.Recognized, value);

    public static Recognition NotUnderstood => new(RecognitionStatus.NotUnderstood, "");

    public static Recognition TooLong => new(RecognitionStatus.TooLong, "");
}
