namespace CasuistiekBot.Framework.Connector;

/// <summary>A read from the connector: the value, or the classified reason there is none.</summary>
public sealed record ConnectorResult<T>(T? Value, SendResult Outcome) where T : class
{
    public bool Succeeded => Value is not null && Outcome.IsSent;
}
