namespace CasuistiekBot.Tests.Caching;

/// <summary>Starts every contender behind one gate so they really overlap, each on its own thread.</summary>
internal static class Race
{
    public static async Task<List<Outcome<T>>> RunAsync<T>(int contenders, Func<int, Task<T>> contend)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, contenders).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            try
            {
                return new Outcome<T>(i, await contend(i), null);
            }
            catch (Exception e)
            {
                return new Outcome<T>(i, default, e);
            }
        })).ToList();
        gate.SetResult();
        return [.. await Task.WhenAll(tasks)];
    }

    internal sealed record Outcome<T>(int Index, T? Result, Exception? Error);
}
