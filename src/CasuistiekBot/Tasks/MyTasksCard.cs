using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Tasks;

/// <summary>
/// The list card of "mijn taken", its parts and the greeting: one section per kind of task, titled only when there are
/// several. Teams refreshes it for the person it was made for (<see cref="TaskListHandler"/>), so a task the person
/// has since answered no longer shows its old state. With buttons, each kind that has open tasks gets one that posts
/// their cards.
/// </summary>
internal sealed class MyTasksCard(CardTemplateStore templates, Texts texts)
{
    public JsonObject Render(string textPrefix, IReadOnlyList<MyTaskSection> sections, string language, string? teamsUserId, bool withButtons = false)
    {
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var count = sections.Sum(s => s.Tasks.Count);
        var open = sections.Where(s => s.Tasks.Count > 0).ToList();
        var buttons = !withButtons ? [] : open.Select(s => new { Title = T(s.TextPrefix + ".show", s.Tasks.Count), Kinds = s.TextPrefix })
            .Concat(open.Count > 1 ? [new { Title = T(TasksTextKeys.MytasksShowAll), Kinds = OpenTasks.Join(open.Select(s => s.TextPrefix)) }] : [])
            .ToList();
        return templates.Bind(TaskCardNames.MyTasks, new
        {
            HasRefresh = teamsUserId is not null,
            RefreshUserIds = teamsUserId is null ? [] : new[] { teamsUserId },
            List = textPrefix,
            Kinds = OpenTasks.Join(sections.Select(s => s.TextPrefix)),
            Heading = T(textPrefix + ".heading"),
            Summary = count == 0 ? T(textPrefix + ".none") : T(textPrefix + ".summary", count),
            HasTasks = count > 0,
            Sections = sections.Select(s => new
            {
                Titled = sections.Count > 1,
                Heading = T(s.TextPrefix + ".section", s.Tasks.Count),
                Empty = s.Tasks.Count == 0,
                EmptyText = T(s.TextPrefix + ".sectionNone"),
                Tasks = s.Tasks.Select(t => new
                {
                    t.Reference, t.Title, t.Detail, t.State, t.Overdue,
                    OverdueText = T(TasksTextKeys.MytasksOverdue),
                    HasNote = t.Note is not null,
                    Note = t.Note ?? "",
                }),
            }),
            Cards = count > MyTasksReply.MaxCards ? T(textPrefix + ".someCards", MyTasksReply.MaxCards) : T(textPrefix + ".cards"),
            Hint = T(textPrefix + ".hint"),
            Buttons = buttons,
        });
    }
}
