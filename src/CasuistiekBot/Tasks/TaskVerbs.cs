namespace CasuistiekBot.Tasks;

/// <summary>The card verbs of "mijn taken".</summary>
internal static class TaskVerbs
{
    public const string List = "tasks.list";
    public const string Show = "tasks.show";
}
