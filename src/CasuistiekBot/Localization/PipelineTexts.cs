using CasuistiekBot.Framework.Pipeline;

namespace CasuistiekBot.Localization;

/// <summary>What the pipeline itself says, from the text catalog.</summary>
internal sealed class PipelineTexts(Texts texts) : IPipelineMessages
{
    public string Error(string language) => texts.Get(LocalizationTextKeys.PipelineError, language);

    public string UnknownAction(string language) => texts.Get(LocalizationTextKeys.PipelineUnknownAction, language);
}
