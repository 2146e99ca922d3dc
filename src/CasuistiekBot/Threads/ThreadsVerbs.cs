namespace CasuistiekBot.Threads;

/// <summary>The card verbs of the rode-draden prompt.</summary>
internal static class ThreadsVerbs
{
    public const string Raise = "threads.raise";
}
