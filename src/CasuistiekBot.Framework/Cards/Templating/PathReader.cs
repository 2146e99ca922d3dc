namespace CasuistiekBot.Framework.Cards.Templating;

/// <summary>A cursor over the text of one path expression.</summary>
internal sealed class PathReader(string text)
{
    private int _position;

    public bool AtEnd => _position >= text.Length;

    public bool Accept(char expected)
    {
        if (AtEnd || text[_position] != expected) return false;
        _position++;
        return true;
    }

    public void SkipSpaces()
    {
        while (!AtEnd && char.IsWhiteSpace(text[_position])) _position++;
    }

    /// <summary>An identifier, optionally starting with <c>$</c> (the template variables).</summary>
    public string? ReadName()
    {
        var start = _position;
        if (!AtEnd && text[_position] == '$') _position++;
        if (AtEnd || !(char.IsLetter(text[_position]) || text[_position] == '_')) return Reset(start);
        while (!AtEnd && (char.IsLetterOrDigit(text[_position]) || text[_position] == '_')) _position++;
        return text[start.._position];
    }

    public string? ReadDigits()
    {
        var start = _position;
        while (!AtEnd && char.IsAsciiDigit(text[_position])) _position++;
        return _position > start ? text[start.._position] : Reset(start);
    }

    private string? Reset(int to)
    {
        _position = to;
        return null;
    }
}
