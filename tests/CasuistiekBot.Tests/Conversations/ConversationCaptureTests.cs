using System.Net;
using System.Text.Json;
using CasuistiekBot.Conversations;
using CasuistiekBot.Framework.Schema;
using CasuistiekBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CasuistiekBot.Tests.Conversations;

public sealed class ConversationCaptureTests
{
    [Fact]
    public async Task Every_conversation_the_bot_hears_from_is_stored_for_proactive_messages()
    {
        await using var app = await BotApp.StartAsync();
        var message = app.Message("hallo") with
        {
            Entities = [new Entity { Type = "clientInfo", Extra = new() { ["timezone"] = JsonSerializer.SerializeToElement("Europe/Amsterdam") } }],
        };

        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(message)).StatusCode);

        var stored = await app.Services.GetRequiredService<IConversationReferenceStore>()
            .FindByConversationAsync("msteams", "a:personal-1", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(app.Connector.ServiceUrl, stored.ServiceUrl);
        Assert.Equal("Europe/Amsterdam", stored.TimeZone);
        Assert.Equal(message.From!.AadObjectId, stored.UserAadObjectId);
        Assert.True(stored.Installed);
    }

    [Fact]
    public async Task Uninstalling_the_app_marks_the_conversation_and_installing_again_restores_it()
    {
        await using var app = await BotApp.StartAsync();
        var store = app.Services.GetRequiredService<IConversationReferenceStore>();
        await app.PostAsync(app.Message("hallo"));

        var remove = app.Message("") with { Type = ActivityTypes.InstallationUpdate, Action = "remove", Text = null };
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(remove)).StatusCode);
        Assert.False((await store.FindByConversationAsync("msteams", "a:personal-1", CancellationToken.None))!.Installed);

        var add = remove with { Id = Guid.NewGuid().ToString(), Action = "add" };
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(add)).StatusCode);
        Assert.True((await store.FindByConversationAsync("msteams", "a:personal-1", CancellationToken.None))!.Installed);
    }

    [Fact]
    public async Task Installing_in_a_personal_chat_sends_one_welcome()
    {
        await using var app = await BotApp.StartAsync();
        var install = app.Message("") with { Type = ActivityTypes.InstallationUpdate, Action = "add", Text = null };
        var update = app.Message("") with
        {
            Id = Guid.NewGuid().ToString(), Type = ActivityTypes.ConversationUpdate, Text = null,
            MembersAdded = [new ChannelAccount { Id = "28:bot" }, new ChannelAccount { Id = "29:user-1" }],
        };

        await Task.WhenAll(app.PostAsync(install), app.PostAsync(update));

        var sent = await app.WaitForMessagesAsync(2);
        await Task.Delay(300);
        Assert.Equal(2, app.Messages.Count);
        Assert.StartsWith("Welkom bij CasuistiekBot", sent[0].Text);
    }
}
