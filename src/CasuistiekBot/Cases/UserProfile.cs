namespace CasuistiekBot.Cases;

/// <summary>What the bot remembers about an author between cases: only their organisation unit.</summary>
public sealed class UserProfile
{
    public required string AadObjectId { get; set; }
    public string? OrgUnit { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
