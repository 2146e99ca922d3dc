using CasuistiekBot.Cases;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Storage;
using CasuistiekBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Intake;

public sealed class IntakeTranscriptTests
{
    // 30+ words, so the story itself describes the situation; "schuurt" answers what chafes.
    internal const string Story =
        "Mevrouw Jansen (BSN 111222333) moet binnen vier weken het land verlaten, terwijl haar zoontje van zes in het ziekenhuis " +
        "ligt voor een zware operatie. De regels laten geen uitstel toe, maar het schuurt enorm met de menselijke maat en ik " +
        "weet niet goed wat ik moet doen.";

    // 30+ words that describe the situation but say neither what chafes nor what was tried: those come as one question.
    internal const string PlainStory =
        "Mevrouw Jansen (BSN 111222333) moet binnen vier weken het land verlaten. Haar zoontje van zes ligt in het ziekenhuis " +
        "voor een zware operatie en zij wil bij hem blijven tot hij hersteld is. Ik spreek haar elke week en zij belt mij bijna dagelijks.";

    [Fact]
    public async Task A_casus_is_raised_in_dutch_scrubbed_confirmed_and_stored_with_a_reference()
    {
        await using var app = await BotApp.StartAsync();

        Assert.Contains("Vertel in je eigen woorden", (await app.SayAsync("nieuwe casus")).Texts());
        var afterStory = await app.SayAsync(Story);
        Assert.Contains("[NAAM-1]", afterStory.Texts());
        Assert.Contains("[BSN-1]", afterStory.Texts());
        Assert.DoesNotContain("Jansen", afterStory.All());
        // Situation and what chafes came from the story; what was tried is optional and not asked on its own.
        Assert.Contains("Wat wil je met je casus bereiken", afterStory.Texts());
        Assert.DoesNotContain("geprobeerd", afterStory.Texts());

        Assert.Contains("Is er haast", (await app.SayAsync("1")).Texts());
        var invalidDate = await app.SayAsync("31-02-2027");
        Assert.Contains("datum", invalidDate.Texts(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Bij welke organisatie", (await app.SayAsync("geen")).Texts());
        Assert.Contains("Wie mag weten", (await app.SayAsync("IND, directie Asiel en Bescherming")).Texts());
        var summary = await app.SayAsync("2");
        Assert.Contains("Klopt deze samenvatting", summary.Cards());
        Assert.Contains("[NAAM-1]", summary.Cards());
        Assert.Contains("intake.submit", summary.Cards());

        var (body, ack) = await app.ClickAsync("intake.submit", new { confirm = "submit" });

        var year = DateTime.UtcNow.Year;
        Assert.Contains($"Ingediend als CS-{year}-0001", body!.ToJsonString());
        Assert.Contains($"CS-{year}-0001", ack.Texts());
        Assert.Contains("uiterlijk", ack.Texts());
        Assert.Contains("alleen zichtbaar voor de coördinatoren", ack.Texts());

        var casus = await SingleCasusAsync(app);
        Assert.Equal(CasusStatus.Submitted, casus.Status);
        Assert.Equal(CasusVisibility.Confidential, casus.Visibility);
        Assert.Contains("[NAAM-1]", casus.Story);
        Assert.DoesNotContain("Jansen", casus.Story);
        Assert.Null(casus.Tried);
        Assert.Contains("schuurt", casus.Chafes);
        Assert.Equal(CasusWish.Advice, casus.Wish);
        Assert.Equal("IND, directie Asiel en Bescherming", casus.OrgUnit);
        Assert.True(casus.TriageDueAt > casus.CreatedAt.AddDays(5));
        Assert.NotEqual("[]", casus.RoutesJson);
    }

    [Fact]
    public async Task Personal_data_reaches_neither_the_database_nor_the_logs()
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync(PlainStory);
        await app.SayAsync("Het schuurt. Ik heb het besproken met meneer De Vries van het COA, telefoon 06-12345678.");

        // Ordinal: a culture-aware search skips NUL characters, and the WAL index lists page numbers 1, 2, 3 ... as 32-bit integers.
        await ForEachDatabaseFileAsync(app, content =>
        {
            Assert.DoesNotContain("Jansen", content, StringComparison.Ordinal);
            Assert.DoesNotContain("111222333", content, StringComparison.Ordinal);
            Assert.DoesNotContain("12345678", content, StringComparison.Ordinal);
            Assert.DoesNotContain("Vries", content, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains("Jansen") || line.Contains("111222333") || line.Contains("Vries"));
    }

    [Fact]
    public async Task An_english_client_raises_a_casus_in_english()
    {
        await using var app = await BotApp.StartAsync();

        Assert.Contains("Tell me in your own words", (await app.SayAsync("new case", "en-US")).Texts());
        var next = await app.SayAsync("My colleague and I disagree about a family whose benefits were stopped, and the rules say nothing about it.", "en-US");
        Assert.Contains("concrete", next.Texts());
    }

    [Fact]
    public async Task An_answer_can_be_changed_from_the_summary()
    {
        await using var app = await BotApp.StartAsync();
        await RaiseToSummaryAsync(app);

        var (editCard, _) = await app.ClickAsync("intake.edit");
        Assert.Contains("intake.editField", editCard!.ToJsonString());
        var (_, asked) = await app.ClickAsync("intake.editField", new { field = "tried" });
        Assert.Contains("Wat heb je al geprobeerd", asked.Texts());
        var summary = await app.SayAsync("Voorgelegd aan de juridische afdeling.");
        Assert.Contains("Voorgelegd aan de juridische afdeling.", summary.Cards());

        await app.ClickAsync("intake.submit", new { confirm = "submit" });
        Assert.Equal("Voorgelegd aan de juridische afdeling.", (await SingleCasusAsync(app)).Tried);
    }

    [Fact]
    public async Task Stopping_keeps_nothing()
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync("nieuwe casus");
        await app.SayAsync(Story);

        Assert.Contains("gestopt", (await app.SayAsync("stop")).Texts(), StringComparison.OrdinalIgnoreCase);

        await using var db = await Db(app);
        Assert.Equal(0, await db.Set<Casus>().CountAsync());
    }

    [Fact]
    public async Task Over_long_text_is_refused_with_a_clear_message_and_earlier_answers_stay()
    {
        await using var app = await BotApp.StartAsync();
        await app.SayAsync("nieuwe casus");
        await app.SayAsync(PlainStory);

        var reply = await app.SayAsync(new string('x', 2500));

        Assert.Contains("2000", reply.Texts());
        Assert.Contains("Wat schuurt er voor jou, en heb je al iets geprobeerd", reply.Texts());
        await app.SayAsync("Besproken met mijn teamleider.");
        await app.SayAsync("1");
        await app.SayAsync("geen");
        await app.SayAsync("IND");
        Assert.Contains("zware operatie", (await app.SayAsync("2")).Cards());
    }

    [Fact]
    public async Task Telling_a_story_without_a_command_starts_a_casus()
    {
        await using var app = await BotApp.StartAsync();

        var reply = await app.SayAsync(Story);

        Assert.Contains("begin van een casus", reply.Texts());
        Assert.Contains("Wat wil je met je casus bereiken", reply.Texts());
    }

    [Fact]
    public async Task The_organisation_unit_is_remembered_for_the_next_casus()
    {
        await using var app = await BotApp.StartAsync();
        await RaiseToSummaryAsync(app);
        await app.ClickAsync("intake.submit", new { confirm = "submit" });

        await app.SayAsync("nieuwe casus");
        await app.SayAsync(Story);
        await app.SayAsync("1");
        var afterDeadline = await app.SayAsync("geen");

        Assert.Contains("Wie mag weten", afterDeadline.Texts());
    }

    internal static async Task RaiseToSummaryAsync(BotApp app, string visibility = "2", string? story = null, string unit = "IND, directie Asiel en Bescherming")
    {
        await app.SayAsync("nieuwe casus");
        await AfterStoryAsync(app, await app.SayAsync(story ?? Story));
        await app.SayAsync("1");
        await app.SayAsync("geen");
        await app.SayAsync(unit);
        await app.SayAsync(visibility);
    }

    /// <summary>After the story: answers what chafes (with what was tried) when the intake asks it, and returns the next question.</summary>
    internal static async Task<IReadOnlyList<Activity>> AfterStoryAsync(BotApp app, IReadOnlyList<Activity> reply, string locale = "nl-NL") =>
        reply.Texts().Contains("Wat schuurt er voor jou", StringComparison.Ordinal) || reply.Texts().Contains("What chafes for you", StringComparison.Ordinal)
            ? await app.SayAsync(locale.StartsWith("en", StringComparison.Ordinal)
                ? "It chafes with the human dimension. I discussed it with my team leader."
                : "Het schuurt met de menselijke maat. Besproken met mijn teamleider.", locale)
            : reply;

    internal static async Task<CasuistiekDbContext> Db(BotApp app) =>
        await app.Services.GetRequiredService<IDbContextFactory<CasuistiekDbContext>>().CreateDbContextAsync();

    internal static async Task<Casus> SingleCasusAsync(BotApp app)
    {
        await using var db = await Db(app);
        return await db.Set<Casus>().SingleAsync();
    }

    internal static async Task ForEachDatabaseFileAsync(BotApp app, Action<string> check)
    {
        // SQLite's -shm file is the WAL's index of page numbers, no content: its binary counters can spell digits by chance.
        foreach (var file in Directory.EnumerateFiles(app.DataDirectory).Where(f => !f.EndsWith("-shm", StringComparison.Ordinal)))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
            var content = await reader.ReadToEndAsync();
            try
            {
                check(content);
            }
            catch (Xunit.Sdk.XunitException e)
            {
                throw new Xunit.Sdk.XunitException($"{Path.GetFileName(file)}: {e.Message}");
            }
        }
    }
}
