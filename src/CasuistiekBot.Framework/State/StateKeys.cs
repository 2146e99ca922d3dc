using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.State;

/// <summary>Where per-conversation and per-user state lives, in the SDK's key layout.</summary>
public static class StateKeys
{
    public static string Conversation(Activity activity) =>
        $"{activity.ChannelId}/conversations/{activity.Conversation?.Id}";

    public static string Dialog(Activity activity) => Conversation(activity) + "/dialog";

    public static string User(Activity activity) => $"{activity.ChannelId}/users/{activity.From?.Id}";
}
