namespace CasuistiekBot.Safety;

/// <summary>
/// Where acute danger was mentioned, which decides what the care message can promise and what the coordinators' alert
/// says: during an intake (no casus yet), in an addition to a submitted casus (its reference, now marked urgent), in a
/// message whose casus is not known yet, or in a message that could not be kept with a casus.
/// </summary>
internal sealed record DangerMoment(string Key, string? CasusReference)
{
    public static DangerMoment Intake { get; } = new("intake", null);

    public static DangerMoment Unattached { get; } = new("unattached", null);

    /// <summary>In a message from someone with an open casus, before they said whether it adds to it.</summary>
    public static DangerMoment FollowUp { get; } = new("followup", null);

    public static DangerMoment Addition(string casusReference) => new("addition", casusReference);
}
