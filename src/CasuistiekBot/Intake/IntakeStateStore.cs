using System.Text.Json;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Framework.State;

namespace CasuistiekBot.Intake;

/// <summary>Loads and saves the intake's side state per conversation, once per turn, with the ETag it was read with.</summary>
internal sealed class IntakeStateStore(IStateStore store)
{
    private sealed record Loaded(IntakeState State, string? ETag);

    public async Task<IntakeState> GetAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.State.Get<Loaded>() is { } loaded) return loaded.State;
        var stored = await store.ReadAsync(Key(turn), cancellationToken);
        var state = stored is null ? new IntakeState() : JsonSerializer.Deserialize<IntakeState>(stored.Json, BotJson.Options) ?? new IntakeState();
        turn.State.Set(new Loaded(state, stored?.ETag));
        return state;
    }

    public async Task SaveAsync(ITurnContext turn, IntakeState state, CancellationToken cancellationToken)
    {
        // Not read this turn: overwrite. Read and absent: must still be absent. Read: must be unchanged.
        var etag = turn.State.Get<Loaded>() is { } loaded ? loaded.ETag : "*";
        var next = await store.WriteAsync(Key(turn), JsonSerializer.Serialize(state, BotJson.Options), etag, cancellationToken);
        turn.State.Set(new Loaded(state, next));
    }

    /// <summary>Starts a fresh state (a new casus gets new placeholders and a new salt).</summary>
    public Task ResetAsync(ITurnContext turn, CancellationToken cancellationToken) => SaveAsync(turn, new IntakeState(), cancellationToken);

    public async Task ClearAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(Key(turn), cancellationToken);
        turn.State.Remove<Loaded>();
    }

    private static string Key(ITurnContext turn) => StateKeys.Conversation(turn.Activity) + "/intake";
}
