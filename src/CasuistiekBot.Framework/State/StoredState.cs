namespace CasuistiekBot.Framework.State;

public sealed record StoredState(string Json, string ETag);
