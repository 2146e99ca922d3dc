using System.Text.Json;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Framework.State;
using Microsoft.AspNetCore.DataProtection;

namespace CasuistiekBot.Intake;

/// <summary>
/// A long message from someone with an open casus, kept until they say whether it adds to that casus or starts a new
/// one. It is not yet scrubbed (which memory applies depends on the answer), so it waits sealed with a key outside the
/// database, under the person's chat and without naming any casus: an anonymous casus stays unlinked.
/// </summary>
internal sealed class PendingFollowUp(IStateStore store, IDataProtectionProvider protection)
{
    private sealed record Stored(string Sealed);

    private readonly IDataProtector _protector = protection.CreateProtector("CasuistiekBot.Intake.FollowUp.v1");

    public async Task KeepAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        await store.WriteAsync(Key(turn), JsonSerializer.Serialize(new Stored(_protector.Protect(text)), BotJson.Options), "*", cancellationToken);

    /// <summary>The waiting message, forgotten as it is handed out: it is answered by this turn or not at all.</summary>
    public async Task<string?> TakeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (await store.ReadAsync(Key(turn), cancellationToken) is not { } stored) return null;
        await store.DeleteAsync(Key(turn), cancellationToken);
        var kept = JsonSerializer.Deserialize<Stored>(stored.Json, BotJson.Options);
        try
        {
            return kept is null ? null : _protector.Unprotect(kept.Sealed);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Sealed under a key since replaced: the question is simply no longer open.
            return null;
        }
    }

    private static string Key(ITurnContext turn) => StateKeys.Conversation(turn.Activity) + "/follow-up";
}
