using Microsoft.Extensions.Options;

namespace NewsScrub;

/// <summary>Checks <see cref="NewsScrubOptions"/> the way the pipeline does: by building it; the message names the option.</summary>
internal sealed class NewsScrubOptionsValidator : IValidateOptions<NewsScrubOptions>
{
    public ValidateOptionsResult Validate(string? name, NewsScrubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            options.CreateBuilder().Build();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
    }
}
