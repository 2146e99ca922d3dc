namespace CasuistiekBot.Testing.Playground;

/// <summary>How <see cref="PlaygroundHarness"/> starts the bot and the Agents Playground.</summary>
public sealed record PlaygroundOptions
{
    /// <summary>The bot to run with <c>dotnet</c>; by default the app built in the same configuration as the tests.</summary>
    public string? BotAssemblyPath { get; init; }

    /// <summary>Who the Playground's current user is: a user id, a first name or a role from tests/js/playground/users.json.</summary>
    public string? CurrentUser { get; init; }

    /// <summary>
    /// Start the bot the way scripts/run-playground.sh does: the demo coordinators and administrator from
    /// tests/js/playground/demo-roles.js and the demo expertise directory, so every demo person can play their role.
    /// </summary>
    public bool DemoRoles { get; init; }

    /// <summary>Extra environment variables for the bot process (configuration keys use <c>Section__Key</c>).</summary>
    public IReadOnlyDictionary<string, string> BotEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>The bot's readiness endpoint.</summary>
    public string BotHealthPath { get; init; } = "/healthz";

    /// <summary>Generous by default: a cold .NET start and a Node start on a loaded two-core machine.</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Default wait for <see cref="PlaygroundHarness.WaitForMessageAsync"/>.</summary>
    public TimeSpan MessageTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
