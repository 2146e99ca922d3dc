namespace CasuistiekBot.Privacy.Detection;

/// <summary>How sure a detector is; when spans overlap the surer, then the longer one wins.</summary>
internal static class Strength
{
    /// <summary>Shape and language only (a street with a house number, a name after "mevrouw").</summary>
    public const int Pattern = 1;

    /// <summary>A checksum or a format that hardly occurs otherwise (11-proef, a Dutch phone number).</summary>
    public const int Checked = 2;

    /// <summary>A keyword right before the value says what it is ("BSN", "V-nummer", "paspoort").</summary>
    public const int Keyword = 3;
}
