namespace CasuistiekBot.Sessions;

/// <summary>An action point on the outcome card before the outcome is recorded (text already scrubbed).</summary>
internal sealed record DraftActionPoint(string Text, string OwnerId, string OwnerName, DateOnly Due);
