using Microsoft.Extensions.Options;

namespace NewsScrub.Translation.DeepL;

/// <summary>Checks <see cref="DeepLTranslationOptions"/> against its data annotations; generated at compile time.</summary>
[OptionsValidator]
internal sealed partial class DeepLTranslationOptionsValidator : IValidateOptions<DeepLTranslationOptions>
{
}
