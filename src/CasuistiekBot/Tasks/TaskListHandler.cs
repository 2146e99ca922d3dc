using CasuistiekBot.Conversations;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Tasks;

/// <summary>
/// The task lists' own actions: Teams' refresh, which shows the person their list as it stands now, and the buttons
/// that post the cards of one kind. Both read only the tasks of the person who acts, and only in their 1:1 chat.
/// </summary>
internal sealed class TaskListHandler(
    IDbContextFactory<CasuistiekDbContext> databases, OpenTasks open, MyTasksCard list, MyTasksReply reply, Texts texts) : ICardActionHandler
{
    public const string All = "mytasks";
    public const string Greeting = "greeting";

    public IReadOnlyCollection<string> Verbs { get; } = [TaskVerbs.List, TaskVerbs.Show];

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        if (!turn.Activity.IsPersonal())
        {
            var refusal = texts.Get(ConversationsTextKeys.ScopePersonal, turn);
            if (action.IsInvoke) return InvokeResponse.Message(refusal);
            await turn.SendAsync(MessageFactory.Text(refusal), cancellationToken);
            return null;
        }
        var kinds = open.Only(OpenTasks.Split(action.GetString("kinds")));
        if (action.Verb == TaskVerbs.Show)
        {
            await reply.SendAsync(turn, kinds.Count == 1 ? kinds[0].TextPrefix : All, kinds, cancellationToken);
            return null;
        }

        var name = action.GetString("list");
        if (name != All && name != Greeting && !open.All.Any(s => s.TextPrefix == name)) return null;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var sections = await open.ReadAsync(db, turn.Activity.From?.AadObjectId, turn.Language, kinds, cancellationToken);
        return InvokeResponse.Card(list.Render(name!, sections, turn.Language, turn.Activity.From?.Id, withButtons: name == Greeting));
    }
}
