namespace CasuistiekBot.Threads;

/// <summary>The card templates (cards/&lt;name&gt;.json) the rode-draden slice renders.</summary>
internal static class ThreadsCardNames
{
    public const string Prompt = "thread-prompt";
    public const string Trends = "trends";
}
