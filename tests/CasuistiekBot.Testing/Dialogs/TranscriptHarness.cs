using System.Text;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Framework.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Testing.Dialogs;

/// <summary>
/// Drives the dialog engine as a conversation: <c>await t.Send("nieuwe casus"); t.Expect("Vertel");</c>.
/// Every reply must be expected before the next message is sent, so an unexpected extra message fails the test.
/// A tiny router stands in for the app's: a message no flow takes may start a flow (<see cref="StartFlowOn"/>).
/// </summary>
public sealed class TranscriptHarness
{
    private readonly List<(string Who, Activity Activity)> _log = [];
    private readonly List<Activity> _replies = [];
    private readonly Dictionary<string, (string FlowId, IReadOnlyDictionary<string, string>? Prefilled)> _triggers = new(StringComparer.OrdinalIgnoreCase);
    private IServiceProvider? _provider;
    private DialogEngine? _engine;
    private int _read;
    private int _activityCounter;

    public TranscriptHarness(string flowDirectory, IStateStore? store = null, TimeProvider? clock = null)
    {
        Store = store ?? new MemoryStateStore();
        Clock = clock ?? new FakeTimeProvider(TestClock.Start);
        Catalog = FlowCatalog.Load(flowDirectory);
    }

    /// <summary>Register validators, completion handlers and card renderers here before the first turn.</summary>
    public IServiceCollection Services { get; } = new ServiceCollection();

    public IStateStore Store { get; }
    public TimeProvider Clock { get; }
    public FlowCatalog Catalog { get; private set; }
    /// <summary>Built on first use from what <see cref="Services"/> holds by then.</summary>
    public IDialogEngine Engine => _engine ??= CreateEngine();
    public string Language { get; set; } = "nl";
    public string ConversationId { get; set; } = "a:1-conversation";
    public string? TimeZone { get; set; } = "Europe/Amsterdam";
    public IReadOnlyList<Activity> Replies => _replies;

    public TranscriptHarness StartFlowOn(string text, string flowId, IReadOnlyDictionary<string, string>? prefilled = null)
    {
        _triggers[text] = (flowId, prefilled);
        return this;
    }

    /// <summary>A new engine over the same store, as after a deployment; optionally with another set of flow files.</summary>
    public void Restart(string? flowDirectory = null)
    {
        if (flowDirectory is not null) Catalog = FlowCatalog.Load(flowDirectory);
        _engine = null;
    }

    public Task<DialogTurnOutcome> Send(string text) => Turn(text, async (engine, turn, ct) =>
    {
        var outcome = await engine.ContinueAsync(turn, ct);
        if (outcome.Handled || !_triggers.TryGetValue(text.Trim(), out var trigger)) return outcome;
        return await engine.BeginAsync(turn, trigger.FlowId, trigger.Prefilled, ct);
    });

    public Task<DialogTurnOutcome> SubmitCard(string stepId, IReadOnlyDictionary<string, string> values) =>
        Turn($"[card {stepId}: {string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"))}]",
            (engine, turn, ct) => engine.SubmitCardAsync(turn, stepId, values, ct), ActivityTypes.Invoke);

    public Task<DialogTurnOutcome> Begin(string flowId, IReadOnlyDictionary<string, string>? prefilled = null) =>
        Turn($"[begin {flowId}]", (engine, turn, ct) => engine.BeginAsync(turn, flowId, prefilled, ct));

    public Task<DialogTurnOutcome> GoToStep(string stepId) =>
        Turn($"[go to {stepId}]", (engine, turn, ct) => engine.GoToStepAsync(turn, stepId, ct), ActivityTypes.Invoke);

    public Task<DialogFrame?> ActiveFrame() =>
        Turn("[inspect]", (engine, turn, ct) => engine.GetActiveFrameAsync(turn, ct), ActivityTypes.Event);

    public Task CancelAll() =>
        Turn("[cancel all]", async (engine, turn, ct) => { await engine.CancelAllAsync(turn, ct); return true; }, ActivityTypes.Event);

    /// <summary>Runs one turn with the given inbound text and records what the bot sent.</summary>
    public async Task<T> Turn<T>(string text, Func<IDialogEngine, ITurnContext, CancellationToken, Task<T>> action, string type = ActivityTypes.Message)
    {
        if (_read < _replies.Count) Fail($"{_replies.Count - _read} reply(ies) were not expected before the user sent \"{text}\"");
        var activity = Inbound(text, type);
        _log.Add(("user", activity));
        var engine = Engine;
        using var scope = Provider.CreateScope();
        var turn = new RecordingTurnContext(activity, Language, scope.ServiceProvider);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            return await action(engine, turn, timeout.Token);
        }
        finally
        {
            foreach (var sent in turn.Sent)
            {
                _replies.Add(sent);
                _log.Add(("bot", sent));
            }
        }
    }

    /// <summary>The next reply must contain every fragment (case-insensitive); returns it.</summary>
    public Activity Expect(params string[] fragments)
    {
        var reply = Next();
        var text = reply.Text ?? "";
        foreach (var fragment in fragments)
        {
            if (!text.Contains(fragment, StringComparison.OrdinalIgnoreCase)) Fail($"expected a reply containing \"{fragment}\", got \"{text}\"");
        }
        return reply;
    }

    /// <summary>The answers a reply offers as buttons: its suggested actions, or the imBack buttons of its card.</summary>
    public static IReadOnlyList<string> Buttons(Activity reply)
    {
        if (reply.SuggestedActions is { } suggested) return [.. suggested.Actions.Select(a => a.Value)];
        return [.. (reply.Attachments ?? []).Where(a => a.Content is not null)
            .SelectMany(a => a.Content!.Value.TryGetProperty("body", out var body) ? body.EnumerateArray() : default)
            .Where(e => e.TryGetProperty("actions", out _))
            .SelectMany(e => e.GetProperty("actions").EnumerateArray())
            .Select(a => a.GetProperty("data").GetProperty("msteams").GetProperty("value").GetString()!)];
    }

    /// <summary>The next reply, whatever it is (e.g. a card).</summary>
    public Activity Next()
    {
        if (_read >= _replies.Count) Fail("expected another reply, but the bot sent nothing more");
        return _replies[_read++];
    }

    public void ExpectNoMoreReplies()
    {
        if (_read < _replies.Count) Fail($"expected no more replies, got \"{_replies[_read].Text}\"");
    }

    private IServiceProvider Provider => _provider ??= Services.BuildServiceProvider();

    // Like the host's, except that the start check is left out: a test registers only the components its flows reach.
    // Without wording or vocabulary of its own the engine speaks and reads TestDialogLanguage.
    private DialogEngine CreateEngine() => new(
        Catalog,
        new FlowComponents(Provider.GetServices<IStepValidator>(), Provider.GetServices<IFlowCompletionHandler>(),
            Provider.GetServices<IStepCardRenderer>(), Provider.GetServices<IStepCondition>(), Provider.GetServices<IAnswerInterpreter>()),
        Provider.GetService<IDialogTexts>() ?? TestDialogLanguage.Instance,
        Provider.GetService<IDialogVocabulary>() ?? TestDialogLanguage.Instance,
        Store,
        Clock,
        Options.Create(new DialogOptions()),
        NullLogger<DialogEngine>.Instance);

    private Activity Inbound(string text, string type) => new()
    {
        Type = type,
        Id = $"activity-{++_activityCounter}",
        Timestamp = Clock.GetUtcNow(),
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        From = new ChannelAccount { Id = "29:inbrenger", Name = "Inbrenger" },
        Recipient = new ChannelAccount { Id = "28:casuistiekbot", Name = "CasuistiekBot" },
        Conversation = new ConversationAccount { Id = ConversationId, ConversationType = ConversationTypes.Personal },
        Text = type == ActivityTypes.Message ? text : null,
        Locale = Language == "en" ? "en-US" : "nl-NL",
        LocalTimezone = TimeZone,
    };

    private void Fail(string problem)
    {
        var transcript = new StringBuilder().AppendLine(problem).AppendLine("Transcript:");
        foreach (var (who, activity) in _log)
        {
            var text = activity.Text ?? (activity.Attachments is { Count: > 0 } a ? $"[{a[0].ContentType}]" : $"[{activity.Type}]");
            transcript.AppendLine($"  {who}: {text.Replace("\n", "\n        ", StringComparison.Ordinal)}");
        }
        throw new TranscriptMismatchException(transcript.ToString());
    }
}
