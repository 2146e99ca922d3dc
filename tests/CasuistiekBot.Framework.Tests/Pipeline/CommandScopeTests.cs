using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Testing.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Tests.Pipeline;

public sealed class CommandScopeTests
{
    [Theory]
    [InlineData(CommandScope.Personal)]
    [InlineData(CommandScope.PersonalOrTrusted)]
    [InlineData(CommandScope.Anywhere)]
    public async Task Every_scope_answers_in_a_personal_chat_without_asking_the_gate(CommandScope scope)
    {
        var gate = new RecordingGate(admit: false);
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<ICommandHandler>(new ScopedCommand("mijn casussen", scope));
            s.AddSingleton<ICommandScopeGate>(gate);
        });

        await host.SendAsync(TestActivities.Message("mijn casussen"));

        Assert.Equal(["answer:mijn casussen"], host.Connector.SentTexts);
        Assert.Empty(gate.Asked);
    }

    [Fact]
    public async Task A_scoped_command_in_a_group_chat_runs_only_when_the_gate_admits_it()
    {
        var refusing = new RecordingGate(admit: false);
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<ICommandHandler>(new ScopedCommand("overzicht", CommandScope.PersonalOrTrusted));
            s.AddSingleton<ICommandScopeGate>(refusing);
        });

        await host.SendAsync(InGroupChat("overzicht"));

        Assert.Equal(["refused:PersonalOrTrusted"], host.Connector.SentTexts);
        Assert.Equal([CommandScope.PersonalOrTrusted], refusing.Asked);

        var admitting = new RecordingGate(admit: true);
        await using var trusted = new PipelineHost(s =>
        {
            s.AddSingleton<ICommandHandler>(new ScopedCommand("overzicht", CommandScope.PersonalOrTrusted));
            s.AddSingleton<ICommandScopeGate>(admitting);
        });

        await trusted.SendAsync(InGroupChat("overzicht"));

        Assert.Equal(["answer:overzicht"], trusted.Connector.SentTexts);
    }

    [Fact]
    public async Task Without_a_gate_a_scoped_command_says_nothing_outside_a_personal_chat()
    {
        await using var host = new PipelineHost(s => s.AddSingleton<ICommandHandler>(new ScopedCommand("mijn taken", CommandScope.Personal)));

        await host.SendAsync(InGroupChat("mijn taken"));

        Assert.Empty(host.Connector.SentTexts);
    }

    [Fact]
    public async Task A_command_for_anywhere_answers_in_a_channel_without_asking_the_gate()
    {
        var gate = new RecordingGate(admit: false);
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<ICommandHandler>(new ScopedCommand("help", CommandScope.Anywhere));
            s.AddSingleton<ICommandScopeGate>(gate);
        });

        await host.SendAsync(InGroupChat("help") with { Conversation = new ConversationAccount { Id = "19:kanaal@thread.tacv2", ConversationType = "channel", IsGroup = true } });

        Assert.Equal(["answer:help"], host.Connector.SentTexts);
        Assert.Empty(gate.Asked);
    }

    private static Activity InGroupChat(string text) => TestActivities.Message(text) with
    {
        Conversation = new ConversationAccount { Id = "19:groep@thread.v2", ConversationType = "groupChat", IsGroup = true },
    };

    private sealed class ScopedCommand(string command, CommandScope scope) : ICommandHandler
    {
        public IReadOnlyCollection<string> Commands { get; } = [command];

        public CommandScope Scope => scope;

        public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken) =>
            turn.SendAsync(MessageFactory.Text("answer:" + command), cancellationToken);
    }

    private sealed class RecordingGate(bool admit) : ICommandScopeGate
    {
        public List<CommandScope> Asked { get; } = [];

        public async Task<bool> AdmitAsync(ITurnContext turn, CommandScope scope, CancellationToken cancellationToken)
        {
            lock (Asked) Asked.Add(scope);
            if (!admit) await turn.SendAsync(MessageFactory.Text("refused:" + scope), cancellationToken);
            return admit;
        }
    }
}
