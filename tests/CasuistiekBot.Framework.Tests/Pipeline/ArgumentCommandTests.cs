using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Tests.Pipeline;

public sealed class ArgumentCommandTests
{
    [Theory]
    [InlineData("wie is Anouk Bakker", "arg:wie is anouk bakker")]
    [InlineData("<at>CasuistiekBot</at> Wie is Anouk", "arg:wie is anouk")]
    [InlineData("wie is", "arg:wie is")]
    public async Task A_command_that_takes_an_argument_matches_its_words_followed_by_more(string text, string expected)
    {
        await using var host = new PipelineHost(s => s.AddSingleton<ICommandHandler>(new ArgumentCommand("wie is")));

        await host.SendAsync(TestActivities.Message(text));

        Assert.Equal([expected], host.Connector.SentTexts);
    }

    [Fact]
    public async Task A_plain_command_does_not_match_a_longer_text()
    {
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<ICommandHandler>(new EchoCommand("wie is"));
            s.AddSingleton<IMessageFallback, RecordingFallback>();
        });

        await host.SendAsync(TestActivities.Message("wie is verantwoordelijk"));

        Assert.Equal(["fallback:wie is verantwoordelijk"], host.Connector.SentTexts);
    }

    [Fact]
    public async Task An_active_flow_keeps_text_that_merely_starts_with_an_argument_command()
    {
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<ICommandHandler>(new ArgumentCommand("wie is"));
            s.AddSingleton<IConversationFlow>(new FakeFlow(active: true));
        });

        await host.SendAsync(TestActivities.Message("wie is er verantwoordelijk voor dit besluit"));

        Assert.Equal(["flow:wie is er verantwoordelijk voor dit besluit"], host.Connector.SentTexts);
    }

    [Fact]
    public async Task An_exact_command_wins_over_an_argument_command()
    {
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<ICommandHandler>(new ArgumentCommand("persoon"));
            s.AddSingleton<ICommandHandler>(new EchoCommand("persoon toevoegen"));
        });

        await host.SendAsync(TestActivities.Message("persoon toevoegen"));

        Assert.Equal(["command:persoon toevoegen"], host.Connector.SentTexts);
    }

    private sealed class ArgumentCommand(string command) : ICommandHandler
    {
        public IReadOnlyCollection<string> Commands { get; } = [command];

        public CommandScope Scope => CommandScope.Anywhere;

        public bool TakesArgument => true;

        public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
            turn.SendAsync(MessageFactory.Text("arg:" + CommandText.Normalize(turn.Activity.GetTextWithoutMentions())), cancellationToken);
    }
}
