using CasuistiekBot.Framework.Cards;

namespace CasuistiekBot.Hosting;

internal static class CardTemplatesServiceCollectionExtensions
{
    /// <summary>The Adaptive Card templates shipped in <c>cards/</c>, parsed once; a broken template stops the start.</summary>
    public static IServiceCollection AddCardTemplates(this IServiceCollection services) =>
        services.AddSingleton(CardTemplateStore.Load(BotHostDefaults.ContentDirectory("cards")));
}
