namespace CasuistiekBot.Delivery;

internal enum DeadLetterReason
{
    /// <summary>The user blocked or uninstalled the bot, or the conversation no longer exists.</summary>
    RecipientGone,

    /// <summary>Over Teams' message size limit; sending the same bytes again cannot succeed.</summary>
    TooLarge,

    /// <summary>Every attempt failed (MaxAttempts).</summary>
    AttemptsExhausted,

    /// <summary>The message names no conversation the bot knows and no person it can open a chat with.</summary>
    Unaddressable,
}
