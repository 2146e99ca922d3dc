
namespace CasuistiekBot.Cases;

/// <summary>The result of moving a casus to another status: done, or refused with the text key that says why. Never silent.</summary>
public sealed record CasusTransition(bool Succeeded, string From, string To, string? Refusal)
{
    public static CasusTransition Done(string from, string to) => new(true, from, to, null);

    public static CasusTransition Refused(string from, string to) => new(false, from, to, CasesTextKeys.SessionCannotMove);
}
