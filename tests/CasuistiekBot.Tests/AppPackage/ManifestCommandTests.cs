using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Localization;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.AppPackage;

/// <summary>
/// Every command Teams offers from the manifest's command lists (Dutch in the manifest, English in en-us.json) is
/// typed into a bot in the list's scope and must be handled by a command, not answered by the "I don't understand" fallback.
/// </summary>
public sealed class ManifestCommandTests : IDisposable
{
    private const string Admin = "00000000-0000-4000-8000-000000000101";

    private readonly AppPackageKit _kit = new();

    public void Dispose() => _kit.Dispose();

    [Fact]
    public async Task Every_command_in_the_command_lists_is_handled_in_its_scope_in_Dutch_and_English()
    {
        var commands = await CommandsAsync();
        Assert.Contains(commands, c => c.Scope == "personal" && c.Language == "nl");
        Assert.Contains(commands, c => c.Scope == "team" && c.Language == "en");

        var unhandled = new List<string>();
        foreach (var command in commands)
        {
            // A fresh bot per command: a command that starts a flow must not change how the next one is read.
            await using var app = await BotApp.StartAsync(extra: new Dictionary<string, string?> { ["Roles:Admins:0"] = Admin });
            var fallback = app.Services.GetRequiredService<Texts>().Get("common.unknownMessage", command.Language);
            var replies = await SayAsync(app, command);
            if (replies.Count == 0 || replies.Any(r => r.Text == fallback)) unhandled.Add($"{command.Scope}/{command.Language}: '{command.Title}'");
        }

        Assert.True(unhandled.Count == 0, "answered by the fallback or not at all: " + string.Join(", ", unhandled));
    }

    [Fact]
    public async Task A_title_the_bot_does_not_know_is_answered_by_the_fallback()
    {
        await using var app = await BotApp.StartAsync();
        var fallback = app.Services.GetRequiredService<Texts>().Get("common.unknownMessage", "nl");

        var replies = await SayAsync(app, new ManifestCommand("personal", "nl", "signalenoverzicht graag"));

        Assert.Contains(replies, r => r.Text == fallback);
    }

    private static async Task<IReadOnlyList<Activity>> SayAsync(BotApp app, ManifestCommand command)
    {
        var locale = command.Language == "en" ? "en-US" : "nl-NL";
        var activity = app.Message(command.Title, locale: locale) with
        {
            From = new ChannelAccount { Id = "29:admin", Name = "Beheerder", AadObjectId = Admin },
        };
        if (command.Scope != "personal")
        {
            // In a team or group chat Teams sends the command after an @mention of the bot.
            var isTeam = command.Scope == "team";
            activity = activity with
            {
                Text = "<at>CasuistiekBot</at> " + command.Title,
                Conversation = new ConversationAccount
                {
                    Id = isTeam ? "19:algemeen@thread.tacv2;messageid=1700000000000" : "19:groepschat@thread.v2",
                    ConversationType = isTeam ? "channel" : "groupChat",
                    IsGroup = true,
                },
                Entities = [new Entity { Type = "mention", Extra = Mention() }],
            };
        }
        var before = app.Messages.Count;
        var response = await app.PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return app.Messages.Skip(before).ToList();
    }

    private static Dictionary<string, JsonElement> Mention() => new()
    {
        ["mentioned"] = JsonSerializer.SerializeToElement(new { id = "28:bot", name = "CasuistiekBot" }),
        ["text"] = JsonSerializer.SerializeToElement("<at>CasuistiekBot</at>"),
    };

    private async Task<List<ManifestCommand>> CommandsAsync()
    {
        await _kit.BuildAsync();
        var unpacked = _kit.Unpack();
        var manifest = AppPackageKit.Manifest(unpacked);
        var english = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(unpacked, "en-us.json")))!.AsObject();
        var commands = new List<ManifestCommand>();
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        for (var l = 0; l < lists.Count; l++)
        {
            var entries = lists[l]!["commands"]!.AsArray();
            foreach (var scope in lists[l]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()))
            {
                for (var c = 0; c < entries.Count; c++)
                {
                    commands.Add(new ManifestCommand(scope, "nl", entries[c]!["title"]!.GetValue<string>()));
                    var translated = english[$"bots[0].commandLists[{l}].commands[{c}].title"]?.GetValue<string>();
                    Assert.False(translated is null, $"no English title for command list {l}, command {c}");
                    commands.Add(new ManifestCommand(scope, "en", translated!));
                }
            }
        }
        return commands;
    }

    private sealed record ManifestCommand(string Scope, string Language, string Title);
}
