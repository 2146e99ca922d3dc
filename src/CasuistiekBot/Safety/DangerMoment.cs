namespace CasuistiekBot.Safety;

/// <summary>
/// Where acute danger was mentioned, which decides what the care message can promise and what the coordinators' alert
/// says: during an intake (no casus yet), in an addition to a submitted casus (its reference, now marked urgent), or in a
/// message that could not be kept with a casus.
/// </summary>
internal sealed record DangerMoment(string Key, string? CasusReference)
{
    public static DangerMoment Intake { get; } = new("intake", null);

    public static DangerMoment Unattached { get; } = new("unattached", null);

    public static DangerMoment Addition(string casusReference) => new("addition", casusReference);
}
