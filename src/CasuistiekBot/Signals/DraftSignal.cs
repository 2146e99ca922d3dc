namespace CasuistiekBot.Signals;

/// <summary>A signal on the outcome card before the outcome is recorded (texts already scrubbed).</summary>
internal sealed record DraftSignal(string Title, string Description, string Category, string OwnerId, string OwnerName, string? OwnerMt, DateOnly Due);
