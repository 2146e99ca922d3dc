namespace CasuistiekBot.Tests.Support;

/// <summary>
/// The test's fake clock as the app sees it. A fake clock runs its timers' callbacks on the thread that moves it, and
/// most tests rely on that (a worker's pass has begun when <c>SetUtcNow</c> returns). While a drain moves the clock the
/// callbacks go to the thread pool instead: app code woken by the clock may block (a SQLite write retrying on a lock
/// whose holder waits for this very clock), and on the drain's thread that would stop the clock for everyone.
/// </summary>
internal sealed class AppClock(FakeTimeProvider fake) : TimeProvider
{
    private int _pooled;

    public FakeTimeProvider Fake => fake;

    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    public override long GetTimestamp() => fake.GetTimestamp();

    public override long TimestampFrequency => fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        fake.CreateTimer(s =>
        {
            if (Volatile.Read(ref _pooled) > 0) ThreadPool.UnsafeQueueUserWorkItem(c => callback(c), s, preferLocal: false);
            else callback(s);
        }, state, dueTime, period);

    /// <summary>Until disposed, timer callbacks run on the thread pool, never on the thread that moves the clock.</summary>
    public IDisposable CallbacksOnPool()
    {
        Interlocked.Increment(ref _pooled);
        return new Pooled(this);
    }

    private sealed class Pooled(AppClock clock) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) Interlocked.Decrement(ref clock._pooled);
        }
    }
}
