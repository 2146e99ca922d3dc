using CasuistiekBot.Calendar;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Roles;
using CasuistiekBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace CasuistiekBot.Panels;

/// <summary>
/// "wie is &lt;naam&gt;" / "persoon &lt;naam&gt;" (English: "who is", "person"): a coordinator sees a person's directory
/// card with their panels this month. Anyone else's text starting with these words is left to the usual handling.
/// </summary>
internal sealed class PersonCommand(
    CoordinatorGuard coordinators,
    ExpertiseDirectory directory,
    IDbContextFactory<CasuistiekDbContext> databases,
    PanelLoads loads,
    PersonCards cards,
    IEnumerable<IMessageFallback> fallbacks,
    WorkingDayCalendar calendar,
    TimeProvider clock,
    Texts texts) : ICommandHandler
{
    private const int MaxListed = 8;

    public IReadOnlyCollection<string> Commands { get; } = ["wie is", "persoon", "who is", "person"];


    public CommandScope Scope => CommandScope.PersonalOrTrusted;

    public bool TakesArgument => true;

    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!await coordinators.IsCoordinatorAsync(turn, cancellationToken))
        {
            // A story that happens to start with "wie is" is still a story.
            if (fallbacks.FirstOrDefault() is { } fallback && Query(turn).Length > 0) await fallback.HandleAsync(turn, cancellationToken);
            else await coordinators.TellRefusedAsync(turn, cancellationToken);
            return;
        }
        var query = Query(turn);
        if (query.Length == 0)
        {
            await turn.SendAsync(MessageFactory.Text(texts.Get(PanelsTextKeys.PersonUsage, turn)), cancellationToken);
            return;
        }
        var found = await directory.SearchAsync(query, cancellationToken);
        var exact = found.Where(p => UnitNames.Fold(p.Name) == UnitNames.Fold(query)).ToList();
        var people = exact.Count == 1 ? exact : found;
        var reply = people.Count switch
        {
            0 => MessageFactory.Text(texts.Get(PanelsTextKeys.PersonNone, turn, query)),
            1 => MessageFactory.Card(cards.Render(people[0], await ThisMonthAsync(people[0], cancellationToken), turn.Language)),
            _ => MessageFactory.Text(texts.Get(PanelsTextKeys.PersonMany, turn, people.Count, query,
                string.Join("; ", people.Take(MaxListed).Select(p => $"{p.Name} ({p.OrgUnit ?? "?"})")) + (people.Count > MaxListed ? "; …" : ""))),
        };
        await turn.SendAsync(reply, cancellationToken);
    }

    private async Task<int> ThisMonthAsync(Person person, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var counts = await loads.ForAsync(db, calendar.LocalDate(clock.GetUtcNow()), cancellationToken);
        return counts.GetValueOrDefault(person.AadObjectId.ToLowerInvariant())?.ThisMonth ?? 0;
    }

    private string Query(ITurnContext turn)
    {
        var text = CommandText.Normalize(turn.Activity.GetTextWithoutMentions());
        var command = Commands.Select(CommandText.Normalize).Where(c => text == c || text.StartsWith(c + " ", StringComparison.Ordinal))
            .OrderByDescending(c => c.Length).FirstOrDefault() ?? "";
        return text[command.Length..].Trim();
    }
}
