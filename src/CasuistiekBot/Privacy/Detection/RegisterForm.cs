namespace CasuistiekBot.Privacy.Detection;

/// <summary>
/// "Demir, Yusuf" is one person written as a register writes him: a family name, a comma and a given name. Two names
/// found apart are joined into one when the first is a single word that is no given name and the second a single listed
/// given name that closes the pair (no third name of a list follows), so one placeholder stands for the person.
/// </summary>
internal static class RegisterForm
{
    public static List<DetectedSpan> Join(string text, List<DetectedSpan> spans, NameEvidence evidence)
    {
        for (var i = spans.Count - 2; i >= 0; i--)
        {
            var (family, given) = (spans[i], spans[i + 1]);
            if (family.Kind != PersonalDataKinds.Name || given.Kind != PersonalDataKinds.Name) continue;
            if (text.AsSpan(family.End, given.Start - family.End).Trim(" \u00A0") is not ",") continue;
            var familyWord = text[family.Start..family.End];
            var givenWord = text[given.Start..given.End];
            // "Fernandes, Ana Paula": the given names may be several, each a listed given name.
            var givenNames = givenWord.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
            if (familyWord.Contains(' ') || givenNames.Length > 3 || evidence.IsFirstName(familyWord) || !givenNames.All(evidence.IsFirstName)) continue;
            if (OpensList(text, given.End)) continue;
            // Without the comma, so that a later "Yusuf" alone finds the same placeholder through its parts.
            var value = NameDetector.Normalize(familyWord + " " + givenWord);
            spans[i] = family with { Length = given.End - family.Start, Value = value };
            spans.RemoveAt(i + 1);
        }
        return spans;
    }

    /// <summary>"Demir, Yusuf, Fatma en Ali": a comma or "en" and another capitalised word make it a list of people.</summary>
    private static bool OpensList(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart(" \u00A0");
        if (rest.StartsWith(",")) rest = rest[1..].TrimStart(" \u00A0");
        else if (rest.StartsWith("en ") || rest.StartsWith("and ")) rest = rest[(rest.IndexOf(' ') + 1)..].TrimStart(" \u00A0");
        else return false;
        return rest.Length > 0 && char.IsUpper(rest[0]);
    }
}
