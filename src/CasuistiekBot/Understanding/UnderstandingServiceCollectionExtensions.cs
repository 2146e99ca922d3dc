using CasuistiekBot.Commands;
using CasuistiekBot.Framework.Dialogs;

namespace CasuistiekBot.Understanding;

internal static class UnderstandingServiceCollectionExtensions
{
    /// <summary>Reads choice, date and yes/no answers in the dialogs, and for the <c>understand</c> command.</summary>
    public static IServiceCollection AddUnderstanding(this IServiceCollection services)
    {
        services.AddSingleton<UnderstandingInterpreter>();
        services.AddSingleton<IAnswerInterpreter>(sp => sp.GetRequiredService<UnderstandingInterpreter>());
        services.AddAdminCommand<UnderstandCommand>("understand",
            ("understand", """JSON Lines {"id","kind","question","answer","today",...} -> how the bot reads each answer"""));
        return services;
    }
}
