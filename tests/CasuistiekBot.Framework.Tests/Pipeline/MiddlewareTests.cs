using System.Data.Common;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Pipeline.Routing;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Framework.State;
using CasuistiekBot.Testing;
using CasuistiekBot.Testing.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Framework.Tests.Pipeline;

public sealed class MiddlewareTests
{
    [Fact]
    public async Task A_redelivered_activity_runs_only_once()
    {
        await using var host = new PipelineHost(s => s.AddSingleton<ICommandHandler>(new EchoCommand("hallo")));
        var activity = TestActivities.Message("hallo");

        await host.SendAsync(activity);
        await host.SendAsync(activity);

        Assert.Single(host.Connector.SentTexts);
    }

    [Fact]
    public async Task A_failed_turn_outside_a_dialog_apologises_in_dutch_and_leaves_the_dialog_state_alone()
    {
        await using var host = new PipelineHost(s => s.AddSingleton<ICommandHandler>(new ThrowingCommand(new InvalidOperationException("bug"))));
        var activity = TestActivities.Message("boom");
        var store = host.Services.GetRequiredService<IStateStore>();
        await store.WriteAsync(StateKeys.Dialog(activity), "{}", null, CancellationToken.None);

        await host.SendAsync(activity);

        Assert.StartsWith("Sorry, er ging iets mis", Assert.Single(host.Connector.SentTexts));
        Assert.Equal("{}", (await store.ReadAsync(StateKeys.Dialog(activity), CancellationToken.None))!.Json);
    }

    [Fact]
    public async Task A_failed_turn_apologises_in_english_for_an_english_client()
    {
        await using var host = new PipelineHost(s => s.AddSingleton<ICommandHandler>(new ThrowingCommand(new InvalidOperationException("bug"))));

        await host.SendAsync(TestActivities.Message("boom", locale: "en-US"));

        Assert.StartsWith("Sorry, something went wrong", Assert.Single(host.Connector.SentTexts));
    }

    [Fact]
    public async Task A_failed_card_action_answers_with_an_error_body_not_an_http_error()
    {
        var handler = new VerbHandler("demo.fail", _ => throw new InvalidOperationException("bug"));
        await using var host = new PipelineHost(s => s.AddSingleton<ICardActionHandler>(handler));

        var result = await host.SendAsync(TestActivities.Execute("demo.fail"));

        Assert.Equal(200, result.InvokeResponse!.Status);
        Assert.Equal(500, result.InvokeResponse.Body!["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_transient_failure_is_surfaced_and_the_activity_may_be_redelivered()
    {
        var attempts = 0;
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<ITransientFailureClassifier>(new DbClassifier());
            s.AddSingleton<ICommandHandler>(new DelegateCommand("opslaan", () =>
            {
                if (++attempts == 1) throw new FakeDbException();
            }));
        });
        var activity = TestActivities.Message("opslaan");

        await Assert.ThrowsAsync<TurnUnavailableException>(() => host.SendAsync(activity));
        await host.SendAsync(activity);

        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Activities_from_other_tenants_are_ignored_when_a_tenant_list_is_set()
    {
        await using var host = new PipelineHost(
            s => s.AddSingleton<ICommandHandler>(new EchoCommand("hallo")),
            new() { ["Bot:AllowedTenants:0"] = "11111111-1111-4111-8111-111111111111" });

        await host.SendAsync(TestActivities.Message("hallo"));

        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task Activities_from_an_allowed_tenant_are_handled()
    {
        await using var host = new PipelineHost(
            s => s.AddSingleton<ICommandHandler>(new EchoCommand("hallo")),
            new() { ["Bot:AllowedTenants:0"] = TestActivities.TenantId });

        await host.SendAsync(TestActivities.Message("hallo"));

        Assert.Single(host.Connector.SentTexts);
    }

    [Fact]
    public async Task Turns_of_one_conversation_run_one_at_a_time()
    {
        var command = new ConcurrencyProbe();
        await using var host = new PipelineHost(s => s.AddSingleton<ICommandHandler>(command));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.SendAsync(TestActivities.Message("probe"))));

        Assert.Equal(1, command.MaxConcurrent);
        Assert.Equal(8, command.Count);
    }

    [Fact]
    public async Task Turns_of_different_conversations_may_run_together()
    {
        var command = new ConcurrencyProbe();
        await using var host = new PipelineHost(s => s.AddSingleton<ICommandHandler>(command));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => host.SendAsync(TestActivities.Message("probe", conversationId: $"a:c{i}"))));

        Assert.True(command.MaxConcurrent > 1);
    }

    [Fact]
    public async Task A_slow_turn_shows_a_typing_indicator_before_the_answer()
    {
        var clock = new FakeTimeProvider(TestClock.Start);
        PipelineHost? host = null;
        await using var _ = host = new PipelineHost(s =>
        {
            s.AddSingleton<TimeProvider>(clock);
            s.AddSingleton<ICommandHandler>(sp => new SlowCommand(clock, host!.Connector));
        });

        await host.SendAsync(TestActivities.Message("slow"));

        var types = host.Connector.Calls.Select(c => c.Activity!.Type).ToList();
        Assert.Equal(ActivityTypes.Typing, types[0]);
        Assert.Equal(ActivityTypes.Message, types[^1]);
    }

    [Fact]
    public async Task A_quick_turn_sends_no_typing_indicator()
    {
        await using var host = new PipelineHost(s =>
        {
            s.AddSingleton<TimeProvider>(new FakeTimeProvider(TestClock.Start));
            s.AddSingleton<ICommandHandler>(new EchoCommand("hallo"));
        });

        await host.SendAsync(TestActivities.Message("hallo"));

        Assert.DoesNotContain(host.Connector.Calls, c => c.Activity!.Type == ActivityTypes.Typing);
    }

    [Fact]
    public async Task Expect_replies_returns_the_answers_in_the_http_reply_instead_of_sending_them()
    {
        await using var host = new PipelineHost(s => s.AddSingleton<ICommandHandler>(new EchoCommand("hallo")));

        var result = await host.SendAsync(TestActivities.Message("hallo") with { DeliveryMode = "expectReplies" });

        Assert.Empty(host.Connector.Calls);
        Assert.Equal("command:hallo", Assert.Single(result.ExpectedReplies!).Text);
    }

    private sealed class FakeDbException() : DbException("database is down");

    private sealed class DbClassifier : ITransientFailureClassifier
    {
        public bool IsTransient(Exception exception) => exception is DbException;
    }

    private sealed class DelegateCommand(string command, Action action) : ICommandHandler
    {
        public IReadOnlyCollection<string> Commands { get; } = [command];

        public CommandScope Scope => CommandScope.Anywhere;

        public Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            action();
            return Task.CompletedTask;
        }
    }

    private sealed class ConcurrencyProbe : ICommandHandler
    {
        private int _current;
        public int MaxConcurrent;
        public int Count;

        public IReadOnlyCollection<string> Commands { get; } = ["probe"];


        public CommandScope Scope => CommandScope.Anywhere;

        public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _current);
            lock (this) MaxConcurrent = Math.Max(MaxConcurrent, now);
            await Task.Delay(50, cancellationToken);
            Interlocked.Increment(ref Count);
            Interlocked.Decrement(ref _current);
        }
    }
}
