namespace CasuistiekBot.Intake;

public static class SafetyConcerns
{
    public const string Social = "social";
    public const string Integrity = "integrity";
}
