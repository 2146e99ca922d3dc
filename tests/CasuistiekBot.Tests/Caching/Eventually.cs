namespace CasuistiekBot.Tests.Caching;

/// <summary>Polls a condition that real time (a TTL, a reconnect) will make true, with a deadline far beyond need.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string failure, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException(failure);
            await Task.Delay(50);
        }
    }
}
