namespace CasuistiekBot.Signals.Intake;

/// <summary>What an employee typed into "signaal melden", before scrubbing.</summary>
internal sealed record SignalReport(string What, string Rule, string Example);

/// <summary>Who reported, and the chat their answers go back to (sealed before it is stored).</summary>
internal sealed record SignalReporter(string AadObjectId, string Name, string ChannelId, string ConversationId, string Language);
