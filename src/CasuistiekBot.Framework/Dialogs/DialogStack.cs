using System.Text.Json.Serialization;

namespace CasuistiekBot.Framework.Dialogs;

/// <summary>The dialog state of one conversation, stored as JSON under <c>{channelId}/conversations/{conversationId}/dialog</c>.</summary>
public sealed class DialogStack
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>The shape of this document; a stored stack of another schema is discarded politely.</summary>
    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    /// <summary>Running flows; the last one is on top and receives the user's messages.</summary>
    public List<DialogFrame> Frames { get; set; } = [];

    /// <summary>The most recently completed frame, kept so that one of its answers can still be changed.</summary>
    public DialogFrame? LastCompleted { get; set; }

    [JsonIgnore]
    public DialogFrame? Top => Frames.Count > 0 ? Frames[^1] : null;
}
