using System.Security.Claims;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Testing.Dialogs;

/// <summary>A turn that records what the bot sends instead of calling a connector.</summary>
public sealed class RecordingTurnContext(Activity activity, string language, IServiceProvider services) : ITurnContext
{
    private readonly List<Activity> _sent = [];
    private readonly List<Activity> _updated = [];

    public Activity Activity => activity;
    public ClaimsIdentity Identity { get; } = new();
    public string Language { get; set; } = language;
    public IServiceProvider Services => services;
    public TurnState State { get; } = new();
    public bool Responded => _sent.Count > 0;
    public InvokeResponse? InvokeResponse { get; set; }

    public IReadOnlyList<Activity> Sent => _sent;
    public IReadOnlyList<Activity> Updated => _updated;

    public Task<SendResult> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        _sent.Add(activity);
        return Task.FromResult<SendResult>(new SendResult.Sent($"sent-{_sent.Count}"));
    }

    public Task<SendResult> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        _updated.Add(activity);
        return Task.FromResult<SendResult>(new SendResult.Sent(activity.Id));
    }

    public Task<SendResult> DeleteAsync(string activityId, CancellationToken cancellationToken) =>
        Task.FromResult<SendResult>(new SendResult.Sent(activityId));
}
