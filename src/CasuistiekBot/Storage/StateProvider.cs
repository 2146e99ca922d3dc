namespace CasuistiekBot.Storage;

/// <summary>Where dialog state lives when Redis is not configured (with <c>ConnectionStrings:Redis</c>, Redis holds it).</summary>
internal enum StateProvider
{
    /// <summary>The app's database (SQLite or PostgreSQL): durable and shared by every instance on it.</summary>
    Database,

    /// <summary>This process's memory: lost on restart and not shared; for benchmarks and a single throwaway instance.</summary>
    Memory,
}
