using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Tests.Schema;

public sealed class LiteralTextTests
{
    [Theory]
    [InlineData("[klik hier](https://example.test/x)", @"[klik hier\](https://example.test/x)")]
    [InlineData("![plaatje](https://example.test/p.png)", @"![plaatje\](https://example.test/p.png)")]
    [InlineData("[ref]: https://example.test", @"[ref\]: https://example.test")]
    [InlineData("**vet** en *schuin*", @"\*\*vet\*\* en \*schuin\*")]
    [InlineData("_schuin_ en ~~weg~~", @"\_schuin\_ en \~\~weg\~\~")]
    [InlineData("# Kop", @"\# Kop")]
    [InlineData("> citaat", @"\> citaat")]
    [InlineData("- punt\n+ punt\n1. punt\n  2) punt", "\\- punt\n\\+ punt\n1\\. punt\n  2\\) punt")]
    [InlineData("Titel\n===", "Titel\n\\===")]
    [InlineData("<at>Pieter</at>", @"\<at>Pieter\</at>")]
    [InlineData("<b>vet</b> &lt;x&gt; &#60;", @"\<b>vet\</b> \&lt;x\&gt; \&#60;")]
    [InlineData("`code` en C:\\map", @"\`code\` en C:\\map")]
    public void Markdown_and_html_are_escaped_so_they_show_as_typed(string typed, string escaped)
    {
        Assert.Equal(escaped, LiteralText.ForMarkdown(typed));
    }

    [Theory]
    [InlineData("Gewone zin, met een komma. En 3 punten: a-b, c_d, e~f.")]
    [InlineData("Zie https://teams.example.test/l/meetup-join/19%3ameeting_NjQ?a=1&b=2")]
    [InlineData("[NAAM-1] belde op 3 maart 2026 over zaak CS-2026-0001 (spoed).")]
    [InlineData("Regel één\nregel twee")]
    public void Ordinary_text_and_web_addresses_are_left_alone(string text)
    {
        Assert.Equal(text, LiteralText.ForMarkdown(text));
    }

    [Fact]
    public void Bidirectional_overrides_and_control_characters_are_removed_and_line_breaks_kept()
    {
        var typed = "abc\u202Efed\u202C \u2066x\u2069\u0007\u0000\u001b[31m rood\r\nvolgende\tregel\rlaatste";

        Assert.Equal("abcfed x[31m rood\nvolgende\tregel\nlaatste", LiteralText.WithoutControls(typed));
        Assert.DoesNotContain('\u202E', LiteralText.ForMarkdown(typed));
    }

    [Fact]
    public void Text_without_anything_to_remove_is_returned_as_it_is()
    {
        const string text = "Niets bijzonders hier.";

        Assert.Same(text, LiteralText.WithoutControls(text));
    }
}
