using System.Security.Claims;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Hosting;
using CasuistiekBot.Framework.Pipeline;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Testing.Dialogs;
using CasuistiekBot.Testing.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CasuistiekBot.Framework.Tests.Pipeline;

/// <summary>The real adapter, middleware chain and router over a recording connector.</summary>
internal sealed class PipelineHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public PipelineHost(Action<IServiceCollection> configure, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConnectorClient>(Connector);
        services.AddBotPipeline(configuration);
        services.AddSingleton<IPipelineMessages>(TestDialogLanguage.Instance);
        services.AddSingleton<IDialogTexts>(TestDialogLanguage.Instance);
        services.AddSingleton<IDialogVocabulary>(TestDialogLanguage.Instance);
        configure(services);
        _services = services.BuildServiceProvider();
    }

    public RecordingConnector Connector { get; } = new();

    public IServiceProvider Services => _services;

    public Task<TurnResult> SendAsync(Activity activity) =>
        _services.GetRequiredService<BotAdapter>().ProcessAsync(activity, new ClaimsIdentity("anonymous"), CancellationToken.None);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
