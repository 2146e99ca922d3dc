namespace CasuistiekBot.Tasks;

/// <summary>The card templates (cards/&lt;name&gt;.json) the task slice renders.</summary>
internal static class TaskCardNames
{
    public const string MyTasks = "my-tasks";
}
