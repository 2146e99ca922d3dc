using CasuistiekBot.Commands;

namespace CasuistiekBot.Reporting;

internal static class ReportingServiceCollectionExtensions
{
    /// <summary>The Stand van de Uitvoering: its builder, its three formats and the <c>report stand</c> command (the page is mapped by MapStandReport).</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddSingleton<StandReportBuilder>();
        services.AddSingleton<StandHtml>();
        services.AddSingleton<StandMarkdown>();
        services.AddSingleton<StandRenderer>();
        services.AddAdminCommand<StandReportCommand>("report", ("report stand --year YYYY --format html|md|csv [--language nl|en]", "the Stand van de Uitvoering of a year on stdout (no authors)"));
        return services;
    }
}
