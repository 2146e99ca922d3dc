namespace CasuistiekBot.Threads;

/// <summary>
/// Abbreviations staff use for the same thing they also write out ("amv", "vog"): read as the words they stand for, so
/// that two texts about the same matter share them however each was written.
/// </summary>
internal static class Abbreviations
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["amv"] = "alleenstaande minderjarige vreemdeling",
        ["amvs"] = "alleenstaande minderjarige vreemdelingen",
        ["vog"] = "verklaring omtrent het gedrag",
        ["azc"] = "asielzoekerscentrum",
        ["ots"] = "ondertoezichtstelling",
        ["pi"] = "penitentiaire inrichting",
        ["jji"] = "justitiele jeugdinrichting",
        ["mvv"] = "machtiging voorlopig verblijf",
        ["dtv"] = "dienst terugkeer vertrek",
    };

    public static string Expand(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            if (letter) continue;
            if (start >= 0)
            {
                var word = text[start..i];
                builder.Append(Words.TryGetValue(word.ToLowerInvariant(), out var full) ? word + " " + full : word);
                start = -1;
            }
            if (i < text.Length) builder.Append(text[i]);
        }
        return builder.ToString();
    }
}
