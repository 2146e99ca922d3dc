namespace CasuistiekBot.Privacy.Detection;

internal static class Checksums
{
    /// <summary>The Dutch 11-proef for a BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros).</summary>
    public static bool PassesElevenProof(string nineDigits)
    {
        if (nineDigits.Length != 9 || nineDigits.All(c => c == '0')) return false;
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (nineDigits[i] - '0') * (9 - i);
        sum -= nineDigits[8] - '0';
        return sum % 11 == 0;
    }

    /// <summary>ISO 13616: move the first four characters to the end, read letters as 10..35, the number mod 97 is 1.</summary>
    public static bool PassesIbanMod97(string compactUpperIban)
    {
        if (compactUpperIban.Length < 5) return false;
        var remainder = 0;
        foreach (var c in compactUpperIban[4..] + compactUpperIban[..4])
        {
            if (char.IsAsciiDigit(c)) remainder = (remainder * 10 + (c - '0')) % 97;
            else if (char.IsAsciiLetterUpper(c)) remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            else return false;
        }
        return remainder == 1;
    }
}
