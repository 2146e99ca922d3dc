namespace CasuistiekBot.Panels;

/// <summary>How many panels someone was invited to (or accepted): in the month that counts, and recently.</summary>
public sealed record PersonLoad(int ThisMonth, int Recent)
{
    public static readonly PersonLoad None = new(0, 0);
}
