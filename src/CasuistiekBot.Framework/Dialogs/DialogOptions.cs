namespace CasuistiekBot.Framework.Dialogs;

/// <summary>How the engine reads dates when the client says too little.</summary>
public sealed class DialogOptions
{
    /// <summary>
    /// The time zone (IANA or Windows id) that decides "today" when Teams sends none for the user; without it, or when
    /// the id is unknown, the host's own zone.
    /// </summary>
    public string? DefaultTimeZone { get; set; }
}
