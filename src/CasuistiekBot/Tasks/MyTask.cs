using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Tasks;

/// <summary>
/// One open task in a person's list ("mijn taken" and its parts): what the list card shows of it, and how to post its
/// own card again in the chat the person asked from.
/// </summary>
internal sealed record MyTask(
    string Reference,
    string Title,
    string Detail,
    string State,
    bool Overdue,
    string? Note,
    Func<CasuistiekDbContext, Activity, CancellationToken, Task> PostCardAgainAsync);
