namespace CasuistiekBot.Sessions;

/// <summary>The result of changing an action point: done, or refused with the text key to show.</summary>
public sealed record ActionPointChange(bool Succeeded, string? Refusal)
{
    public static ActionPointChange Done() => new(true, null);

    public static ActionPointChange Refused(string reason) => new(false, reason);
}
