using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Localization;

namespace CasuistiekBot.Tasks;

/// <summary>The list card of "mijn taken" and its parts; one section per kind of task, titled only when there are several.</summary>
internal sealed class MyTasksCard(CardTemplateStore templates, Texts texts)
{
    public JsonObject Render(string textPrefix, IReadOnlyList<MyTaskSection> sections, string language)
    {
        string T(string key, params object[] args) => texts.Get(key, language, args);
        var count = sections.Sum(s => s.Tasks.Count);
        return templates.Bind("my-tasks", new
        {
            Heading = T(textPrefix + ".heading"),
            Summary = T(textPrefix + ".summary", count),
            Sections = sections.Select(s => new
            {
                Titled = sections.Count > 1,
                Heading = T(s.TextPrefix + ".section", s.Tasks.Count),
                Empty = s.Tasks.Count == 0,
                EmptyText = T(s.TextPrefix + ".sectionNone"),
                Tasks = s.Tasks.Select(t => new
                {
                    t.Reference, t.Title, t.Detail, t.State, t.Overdue,
                    OverdueText = T("mytasks.overdue"),
                    HasNote = t.Note is not null,
                    Note = t.Note ?? "",
                }),
            }),
            Cards = count > MyTasksReply.MaxCards ? T(textPrefix + ".someCards", MyTasksReply.MaxCards) : T(textPrefix + ".cards"),
            Hint = T(textPrefix + ".hint"),
        });
    }
}
