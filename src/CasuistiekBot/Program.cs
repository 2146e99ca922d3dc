using CasuistiekBot.Dashboard;
using CasuistiekBot.Framework.Hosting;
using CasuistiekBot.Hosting;
using CasuistiekBot.Panels.Meetings;
using CasuistiekBot.Reporting;
using CasuistiekBot.Signals;
using CasuistiekBot.Telemetry;

if (await AdminCommands.RunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(BotHostDefaults.HostArguments(args));
builder.UseBotDefaults();
builder.Services.AddCasuistiekBot(builder.Configuration, builder.Environment);
// The web host's alone: the dashboard's pages and the export of traces and metrics.
builder.Services.AddDashboard(builder.Configuration);
builder.Services.AddTelemetry(builder.Configuration);

var app = builder.Build();
app.VerifyListenAddresses();
app.MapHealthEndpoints();
app.MapBotMessages();
app.MapDashboard();
app.MapSignalExport();
app.MapSessionCalendar();
app.MapStandReport();
await app.RunAsync();
return Environment.ExitCode;

public partial class Program;
