using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Localization;

// A card action's answer in words (a refusal, a notice), in the language of the person who acted: one way for every
// handler, instead of a small helper in each.
public sealed partial class Texts
{
    /// <summary>The text under <paramref name="key"/> as the answer to a card action.</summary>
    public InvokeResponse Answer(ITurnContext turn, string key, params object[] args) => InvokeResponse.Message(Get(key, turn, args));

    /// <summary>Why the action was refused, as its answer.</summary>
    internal InvokeResponse Answer(ITurnContext turn, Refusal refusal) => InvokeResponse.Message(Get(refusal.Key, turn, refusal.Args));
}
