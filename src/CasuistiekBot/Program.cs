using CasuistiekBot.Conversations;
using CasuistiekBot.Framework.Auth;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Hosting;
using CasuistiekBot.Hosting;
using CasuistiekBot.Localization;
using CasuistiekBot.Storage;
using CasuistiekBot.Welcome;

var builder = WebApplication.CreateBuilder(args);
builder.UseBotDefaults();

builder.Services.AddStorage(builder.Configuration, builder.Environment);
builder.Services.AddBotAuthentication(builder.Configuration);
builder.Services.AddBotConnector(builder.Configuration);
builder.Services.AddBotPipeline(builder.Configuration);
builder.Services.AddConversationCapture();
builder.Services.AddCardTemplates();
builder.Services.AddDialogs(BotHostDefaults.ContentDirectory("dialogs"));
builder.Services.AddSingleton<Texts>();
builder.Services.AddWelcome();

var app = builder.Build();
app.VerifyListenAddresses();
app.MapHealthEndpoints();
app.MapBotMessages();
app.Run();

public partial class Program;
