using CasuistiekBot.Assistant;
using CasuistiekBot.Caching;
using CasuistiekBot.Calendar;
using CasuistiekBot.Cases;
using CasuistiekBot.Conversations;
using CasuistiekBot.Delivery;
using CasuistiekBot.Expertise;
using CasuistiekBot.Framework.Auth;
using CasuistiekBot.Framework.Connector;
using CasuistiekBot.Framework.Dialogs;
using CasuistiekBot.Framework.Hosting;
using CasuistiekBot.Hosting;
using CasuistiekBot.Intake;
using CasuistiekBot.Localization;
using CasuistiekBot.Privacy;
using CasuistiekBot.Roles;
using CasuistiekBot.Routing;
using CasuistiekBot.Signals;
using CasuistiekBot.Storage;
using CasuistiekBot.Triage;
using CasuistiekBot.Welcome;

if (AdminCommands.Matches(args)) return await AdminCommands.RunAsync(args);

var builder = WebApplication.CreateBuilder(BotHostDefaults.HostArguments(args));
builder.UseBotDefaults();

builder.Services.AddStorage(builder.Configuration, builder.Environment);
builder.Services.AddBotAuthentication(builder.Configuration);
builder.Services.AddBotConnector(builder.Configuration);
builder.Services.AddBotPipeline(builder.Configuration);
builder.Services.AddConversationCapture();
builder.Services.AddRedisIfConfigured(builder.Configuration);
builder.Services.AddCardTemplates();
builder.Services.AddDialogs(BotHostDefaults.ContentDirectory("dialogs"));
builder.Services.AddSingleton<Texts>();
builder.Services.AddWorkingDayCalendar(builder.Configuration);
builder.Services.AddPrivacy(builder.Configuration);
builder.Services.AddCasusRouting(builder.Configuration);
builder.Services.AddAssistant(builder.Configuration);
builder.Services.AddCases(builder.Configuration);
builder.Services.AddWelcome();
builder.Services.AddIntake();
builder.Services.AddRoles(builder.Configuration);
builder.Services.AddDelivery(builder.Configuration);
builder.Services.AddTriage(builder.Configuration);
builder.Services.AddExpertiseDirectory(builder.Configuration);
builder.Services.AddSignals();

var app = builder.Build();
app.VerifyListenAddresses();
app.MapHealthEndpoints();
app.MapBotMessages();
await app.RunAsync();
return Environment.ExitCode;

public partial class Program;
