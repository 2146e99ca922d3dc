using CasuistiekBot.Localization;

namespace CasuistiekBot.Tests.Welcome;

/// <summary>Counts in the product's sentences take the singular for exactly one, in Dutch and English.</summary>
public sealed class PluralTextTests
{
    private static readonly Texts Texts = new();

    [Theory]
    [InlineData("nl", 1, "1 open signaal, waarvan 0 over de uiterste datum. 3 afgerond.")]
    [InlineData("nl", 2, "2 open signalen, waarvan 0 over de uiterste datum. 3 afgerond.")]
    [InlineData("nl", 0, "0 open signalen, waarvan 0 over de uiterste datum. 3 afgerond.")]
    [InlineData("en", 1, "1 open signal, 0 of them past the due date. 3 closed.")]
    [InlineData("en", 2, "2 open signals, 0 of them past the due date. 3 closed.")]
    public void The_signal_overview_counts_in_the_right_number(string language, int open, string expected) =>
        Assert.Equal(expected, Texts.Get("signal.overview.summary", language, open, 0, 3));

    [Fact]
    public void One_working_day_and_one_reminder_are_singular()
    {
        Assert.Equal("1 working day", Texts.Get("signal.label.workingDays", "en", 1));
        Assert.Equal("1 werkdag", Texts.Get("signal.label.workingDays", "nl", 1));
        Assert.Contains("1 herinnering na", Texts.Get("signal.escalation.intro", "nl", "Marieke", 1, "1 december"));
        Assert.Contains("1 case has waited", Texts.Get("triage.overdue.digest", "en", 1));
    }

    [Fact]
    public void No_text_is_left_with_an_unresolved_count_choice()
    {
        foreach (var key in Texts.Keys)
        {
            foreach (var language in new[] { "nl", "en" })
            {
                var text = Texts.Get(key, language, 2, 2, 2, 2, 2, 2);
                Assert.DoesNotMatch(@"\{\d+\|", text);
            }
        }
    }
}
