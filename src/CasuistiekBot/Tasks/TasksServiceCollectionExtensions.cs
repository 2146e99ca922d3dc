using CasuistiekBot.Framework.Pipeline.Routing;

namespace CasuistiekBot.Tasks;

internal static class TasksServiceCollectionExtensions
{
    /// <summary>"Mijn taken" and the list behind it; each kind of task comes with its own capability as an <see cref="IMyTaskSource"/>.</summary>
    public static IServiceCollection AddTasks(this IServiceCollection services)
    {
        services.AddSingleton<OpenTasks>();
        services.AddSingleton<MyTasksCard>();
        services.AddSingleton<MyTasksReply>();
        services.AddSingleton<ICommandHandler, MyTasksHandler>();
        services.AddSingleton<ICardActionHandler, TaskListHandler>();
        return services;
    }
}
