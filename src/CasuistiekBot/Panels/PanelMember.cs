namespace CasuistiekBot.Panels;

/// <summary>
/// One person's place on a panel and their invitation. The transitions refuse what does not follow (answering an
/// invitation that was never sent, answering twice); callers turn a refusal into a clear message.
/// </summary>
public sealed class PanelMember
{
    public long Id { get; set; }
    public Guid PanelId { get; set; }
    public required string AadObjectId { get; set; }
    public required string Name { get; set; }
    public required string Seat { get; set; }
    public required string Status { get; set; }

    /// <summary>Why the bot suggested this person, or who added them.</summary>
    public required string Reason { get; set; }

    public DateTimeOffset AddedAt { get; set; }
    public DateTimeOffset? InvitedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? RemindedAt { get; set; }
    public string? DeclineReason { get; set; }

    /// <summary>After a decline: the next-best person for this seat, offered to the coordinator with one click.</summary>
    public string? OfferAadObjectId { get; set; }
    public string? OfferName { get; set; }
    public string? OfferReason { get; set; }

    /// <summary>The coordinator's card submission that added this person (see CardNonce), unique: a repeat adds no one.</summary>
    public string? Nonce { get; set; }

    public bool Invite(DateTimeOffset at)
    {
        if (Status != MemberStatus.Proposed) return false;
        Status = MemberStatus.Invited;
        InvitedAt = at;
        return true;
    }

    /// <summary>The session moved: whoever was invited or said yes is asked again; a decline stands.</summary>
    public bool InviteAgain(DateTimeOffset at)
    {
        if (Status is not (MemberStatus.Invited or MemberStatus.Accepted)) return false;
        Status = MemberStatus.Invited;
        InvitedAt = at;
        AnsweredAt = null;
        RemindedAt = null;
        return true;
    }

    public bool Accept(DateTimeOffset at)
    {
        if (Status != MemberStatus.Invited) return false;
        Status = MemberStatus.Accepted;
        AnsweredAt = at;
        return true;
    }

    public bool Decline(string? reason, DateTimeOffset at)
    {
        if (Status != MemberStatus.Invited) return false;
        Status = MemberStatus.Declined;
        DeclineReason = reason;
        AnsweredAt = at;
        return true;
    }

    public bool Remove()
    {
        if (!MemberStatus.IsSeated(Status)) return false;
        Status = MemberStatus.Removed;
        return true;
    }

    public void ClearOffer() => (OfferAadObjectId, OfferName, OfferReason) = (null, null, null);
}
