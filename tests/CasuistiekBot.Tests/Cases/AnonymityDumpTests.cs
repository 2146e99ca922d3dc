using System.Text.RegularExpressions;
using CasuistiekBot.Cases;
using CasuistiekBot.Hearing;
using CasuistiekBot.Storage;
using CasuistiekBot.Testing.Pipeline;
using CasuistiekBot.Testing.Postgres;
using CasuistiekBot.Tests.Intake;
using CasuistiekBot.Tests.Support;

namespace CasuistiekBot.Tests.Cases;

/// <summary>
/// One author takes a named, a confidential and an anonymous casus all the way; then every table is read as someone
/// with database access alone would. Nothing there may lead from the anonymous casus to its author.
/// </summary>
public sealed partial class AnonymityDumpTests
{
    // The author as the bot meets them: Entra object id, Teams user id, name, their chat.
    private static readonly string[] Author =
        [TestActivities.Message("x").From!.AadObjectId!, TestActivities.Message("x").From!.Id!, TestActivities.Message("x").From!.Name!, "a:personal-1"];

    private const string AnonymousStory =
        "Een vader met drie kinderen wacht al twee jaar op een beslissing over zijn aanvraag. De regels laten geen voorrang toe, " +
        "maar het schuurt dat het gezin intussen in een noodopvang bij het kanaal zit waar de kinderen niet naar school kunnen.";

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData(DatabaseProvider.Postgres)]
    internal async Task No_row_of_the_database_leads_from_an_anonymous_casus_to_its_author(DatabaseProvider provider)
    {
        await using var postgres = provider == DatabaseProvider.Postgres ? await PostgresTestDatabase.CreateAsync() : null;
        var extra = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Debug" };
        if (postgres is not null)
        {
            extra["Database:Provider"] = "Postgres";
            extra["ConnectionStrings:CasuistiekDb"] = postgres.ConnectionString;
        }
        await using var app = await CasusJourney.StartAsync(extra);

        var named = await CasusJourney.RaiseAsync(app, "1", IntakeTranscriptTests.Story);
        var confidential = await CasusJourney.RaiseAsync(app, "2", IntakeTranscriptTests.Story);
        var logsBefore = app.Logs.Lines.Count;
        var anonymous = await CasusJourney.RaiseAsync(app, "3", AnonymousStory);
        var submissionLogs = app.Logs.Lines.Skip(logsBefore).ToList();
        Assert.Equal((CasusVisibility.Named, CasusVisibility.Confidential, CasusVisibility.Anonymous), (named.Visibility, confidential.Visibility, anonymous.Visibility));
        // What the author does later leaves no link either: an addition now, a chosen language at the end.
        var (added, _) = await app.ClickAsync("cases.add", new { casusId = anonymous.Id.ToString(), addition = "Inmiddels mag de oudste ook niet meer naar de sport." });
        Assert.Contains("Inmiddels mag de oudste", added!.ToJsonString());
        foreach (var casus in new[] { named, confidential, anonymous })
        {
            await CasusJourney.AskAndAnswerAsync(app, casus);
            await CasusJourney.InvitePanelAsync(app, casus);
            await CasusJourney.ConcludeAsync(app, casus);
        }
        // The anonymous author says how heard they felt; the answer is kept, and must not lead back to them either.
        var (heard, _) = await app.ClickAsync(HeardVerbs.Answer, new { casusId = anonymous.Id.ToString(), role = HeardRoles.Author, score = "4", remark = "Goed gesprek, dank." });
        Assert.Contains("Dank je wel", heard!.ToJsonString());
        await app.SayAsync("taal engels");
        await CasusJourney.WaitUntilDeliveredAsync(app);

        var dump = provider == DatabaseProvider.Postgres
            ? await DatabaseDump.OfPostgresAsync(postgres!.ConnectionString)
            : await DatabaseDump.OfSqliteAsync(Path.Combine(app.DataDirectory, "bot.db"));

        var casusRow = dump.In("cases").Single(r => r.Holds(anonymous.Reference));
        string[] casusIds = [anonymous.Id.ToString("D"), anonymous.Id.ToString("N"), anonymous.Reference, "noodopvang bij het kanaal", "Inmiddels mag de oudste"];
        var authorRows = dump.Rows.Where(r => Author.Any(r.Holds)).ToList();
        // The dump is not empty-handed: the author is in it (their chat, their named casus), and so is the anonymous casus.
        Assert.Contains(authorRows, r => r.Table == "conversation_references");
        Assert.Contains(authorRows, r => r.Table == "cases" && r.Holds(named.Reference));
        Assert.True(casusRow.Holds("noodopvang bij het kanaal"));
        Assert.Contains(dump.In("casus_additions"), r => r.Holds("Inmiddels mag de oudste"));
        Assert.Contains(dump.In("casus_news"), r => r.Holds(anonymous.Reference));
        Assert.Contains(dump.In("heard_answers"), r => r.Holds(anonymous.Id.ToString("D")) && r.Holds("Goed gesprek"));
        Assert.Contains(dump.In("conversation_references"), r => Equals(r["language_preference"], "en") && Author.Any(r.Holds));

        Assert.DoesNotContain(dump.Rows, row => casusIds.Any(row.Holds) && Author.Any(row.Holds));

        var submittedAt = casusRow["created_at"];
        Assert.DoesNotContain(authorRows, row => row.Cells.Any(cell => Equals(cell.Value, submittedAt)));

        var identifiers = casusRow.Cells.Where(c => c.Value is string or Guid).Select(c => c.Text).Where(IsIdentifierLike).ToList();
        Assert.Contains(anonymous.Reference, identifiers);
        Assert.DoesNotContain(authorRows, row => identifiers.Any(row.Holds));

        // At submission the log says a casus came in, not which: other lines of that turn carry the author's chat.
        Assert.Contains(submissionLogs, line => line.Contains("a:personal-1", StringComparison.Ordinal));
        Assert.DoesNotContain(submissionLogs, line => casusIds.Any(id => line.Contains(id, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(app.Logs.Lines, line => casusIds.Any(line.Contains) && Author.Any(line.Contains));
    }

    // An id, key, hash, sealed value, reference or conversation id: no spaces, and shaped like one.
    private static bool IsIdentifierLike(string value) => value.Length >= 8 && !value.Any(char.IsWhiteSpace)
        && (Guid.TryParse(value, out _) || Hex().IsMatch(value) || Base64().IsMatch(value) || Conversation().IsMatch(value) || Reference().IsMatch(value));

    [GeneratedRegex("^[0-9A-Fa-f]{16,}$")]
    private static partial Regex Hex();

    [GeneratedRegex("^(?=.*[0-9])[A-Za-z0-9+/_=-]{24,}$")]
    private static partial Regex Base64();

    [GeneratedRegex("^(a|[0-9]+):[^:]")]
    private static partial Regex Conversation();

    [GeneratedRegex("^[A-Z]{2}-[0-9]{4}-[0-9]{4}$")]
    private static partial Regex Reference();
}
