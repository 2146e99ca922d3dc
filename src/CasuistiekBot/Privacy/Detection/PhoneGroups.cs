namespace CasuistiekBot.Privacy.Detection;

/// <summary>Reads the digit groups of something shaped like a phone number: "+31 (0)6-12 34 56 78", "(020) 123 4567".</summary>
internal static class PhoneGroups
{
    internal readonly record struct Group(string Digits, int End);

    public static List<Group> Read(string text, int start)
    {
        var groups = new List<Group>();
        var i = start;
        if (i < text.Length && text[i] == '+') i++;
        while (i < text.Length && groups.Count < 9)
        {
            var open = text[i] == '(';
            var j = open ? i + 1 : i;
            var digitsStart = j;
            while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
            if (j == digitsStart || j - digitsStart > 15) break;
            var digits = text[digitsStart..j];
            if (open)
            {
                if (j >= text.Length || text[j] != ')') break;
                j++;
                if (digits == "0" && groups.Count > 0) digits = "";
            }
            groups.Add(new Group(digits, j));
            if (open && j < text.Length && char.IsAsciiDigit(text[j])) { i = j; continue; }
            i = SkipSeparator(text, j);
            if (i == j && !(i < text.Length && text[i] == '(')) break;
        }
        // A trailing digit group is only part of the number when it ends at a word boundary.
        while (groups.Count > 0 && groups[^1].End < text.Length && char.IsLetter(text[groups[^1].End])) groups.RemoveAt(groups.Count - 1);
        return groups;
    }

    private static int SkipSeparator(string text, int i)
    {
        var j = i;
        var dashes = 0;
        while (j < text.Length && j - i < 3 && text[j] is ' ' or '\u00A0' or '-' or '.' or '/')
        {
            if (text[j] is '-' or '.' or '/' && ++dashes > 1) break;
            j++;
        }
        if (j == i || j >= text.Length) return i;
        return char.IsAsciiDigit(text[j]) || text[j] == '(' ? j : i;
    }
}
