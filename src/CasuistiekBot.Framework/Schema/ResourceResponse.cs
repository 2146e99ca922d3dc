namespace CasuistiekBot.Framework.Schema;

/// <summary>The connector's answer to a send, reply or update: the id of the activity.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>The connector's answer to a create-conversation call.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

/// <summary>One page of conversation members.</summary>
public sealed record PagedMembersResult(string? ContinuationToken, IReadOnlyList<ChannelAccount> Members);
