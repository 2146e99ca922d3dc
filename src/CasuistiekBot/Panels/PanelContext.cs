using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;

namespace CasuistiekBot.Panels;

/// <summary>
/// One coordinator action on one panel: the reloaded records, who acts, and when. <see cref="Nonce"/> goes with the
/// member the action adds, so that a repeat of the action finds it.
/// </summary>
internal sealed record PanelContext(
    CasuistiekDbContext Db, Casus Casus, Panel Panel, List<PanelMember> Members, ChannelAccount Coordinator, DateTimeOffset Now, ITurnContext Turn,
    string? Nonce = null)
{
    public string Actor => Coordinator.AadObjectId!;
}

/// <summary>What an action did (for the audit), or why it was refused (and then nothing changed).</summary>
internal sealed record PanelOutcome(InvokeResponse? Refusal, string Action = "", string? Details = null)
{
    public static PanelOutcome Refuse(string text) => new(InvokeResponse.Message(text));

    public static PanelOutcome Done(string action, string? details = null) => new(null, action, details);
}
