using CasuistiekBot.Commands;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Safety;

internal static class SafetyServiceCollectionExtensions
{
    /// <summary>
    /// The acute-danger detector, the answer to it (the care message with <see cref="SafetyOptions"/> from <c>Safety</c>,
    /// the coordinators' alert), and the <c>danger</c> command.
    /// </summary>
    public static IServiceCollection AddSafety(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SafetyOptions>()
            .Bind(configuration.GetSection(SafetyOptions.Section))
            .Validate(o => Fits(o.CrisisProcedure.Nl) && Fits(o.CrisisProcedure.En),
                $"Safety:CrisisProcedure:nl and Safety:CrisisProcedure:en must both be set, at most {SafetyOptions.MaxProcedureLength} characters each.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SafetyOptions>>().Value.LearnedModel ? AcuteDangerDetector.WithLearnedModel() : new AcuteDangerDetector());
        services.AddSingleton<CareMessage>();
        services.AddSingleton<DangerAlert>();
        services.AddSingleton<DangerResponse>();
        services.AddAdminCommand<DangerCommand>("danger", ("danger", """JSON Lines {"id","text"} on stdin -> acute danger found, its kinds and cues"""));
        return services;
    }

    private static bool Fits(string? text) => !string.IsNullOrWhiteSpace(text) && text.Length <= SafetyOptions.MaxProcedureLength;
}
