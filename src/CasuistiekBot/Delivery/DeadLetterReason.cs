namespace CasuistiekBot.Delivery;

internal enum DeadLetterReason
{
    /// <summary>The user blocked or uninstalled the bot (403), or the conversation was already known to be gone.</summary>
    RecipientGone,

    /// <summary>Over Teams' message size limit; sending the same bytes again cannot succeed.</summary>
    TooLarge,

    /// <summary>Every attempt failed (MaxAttempts).</summary>
    AttemptsExhausted,

    /// <summary>The message names no conversation the bot knows and no person it can open a chat with.</summary>
    Unaddressable,

    /// <summary>The conversation was not found (404), also after a new 1:1 chat was tried where the person is known.</summary>
    ConversationNotFound,
}
