namespace CasuistiekBot.Safety;

/// <summary>The kinds of acute danger the intake answers at once; a message can point to several.</summary>
[Flags]
internal enum DangerKind
{
    None = 0,
    Suicide = 1,
    Violence = 2,
    Child = 4,
    Staff = 8,
}
