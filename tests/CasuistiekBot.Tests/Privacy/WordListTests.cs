using CasuistiekBot.Privacy;
using CasuistiekBot.Privacy.Words;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CasuistiekBot.Tests.Privacy;

public sealed class WordListTests
{
    [Fact]
    public void The_machine_running_the_tests_has_the_Dutch_word_list() =>
        Assert.True(Scrub.Words.IsLoaded, $"no word list at {DutchWordList.DefaultPath}: install the wdutch package (scripts/test.sh does)");

    [Fact]
    public void A_word_list_file_is_read_once_and_shared()
    {
        var file = WordFile("bakker", "visser", "Jansen");

        var first = DutchWordList.Load(file);

        Assert.Same(first, DutchWordList.Load(file));
        Assert.True(first.IsLoaded);
        Assert.Equal(2, first.Count);
    }

    [Theory]
    [InlineData("Production", HealthStatus.Unhealthy)]
    [InlineData("Development", HealthStatus.Degraded)]
    public async Task Readiness_fails_in_production_without_the_word_list(string environment, HealthStatus expected)
    {
        var report = await ReadinessAsync(environment, "/nonexistent/nederlands");

        Assert.Equal(expected, report.Entries["dutch-word-list"].Status);
        Assert.Contains("wdutch", report.Entries["dutch-word-list"].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_holds_in_production_with_the_word_list()
    {
        var report = await ReadinessAsync("Production", WordFile("gisteren", "zei"));

        Assert.Equal(HealthStatus.Healthy, report.Entries["dutch-word-list"].Status);
    }

    [Fact]
    public void Without_the_word_list_names_are_found_as_before_it()
    {
        var scrubber = new PersonalDataScrubber(Microsoft.Extensions.Options.Options.Create(new PrivacyOptions()), DutchWordList.Load("/nonexistent/nederlands"));

        Assert.Equal("Mevrouw [NAAM-1] belde; Jansen heeft gisteren gebeld.", scrubber.Scrub("Mevrouw Haile belde; Jansen heeft gisteren gebeld.", ScrubMemory.Create()).Text);
    }

    private static async Task<HealthReport> ReadinessAsync(string environment, string wordListPath)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Privacy:WordListPath", wordListPath)]).Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(new Environment(environment))
            .AddPrivacy(configuration)
            .BuildServiceProvider();
        return await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains("ready"));
    }

    private static string WordFile(params string[] words)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("casuistiek-words-").FullName, "nederlands");
        File.WriteAllLines(file, words);
        return file;
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "CasuistiekBot";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
