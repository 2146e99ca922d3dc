namespace CasuistiekBot.Intake;

// Filled in when the routing table lands.
internal sealed class IntakeRouting
{
}
