namespace NewsScrub.Translation.DeepL.Tests.Support;

/// <summary>A fact that runs against the real DeepL API only when <c>DEEPL_AUTH_KEY</c> is set, and is skipped otherwise.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class LiveDeepLFactAttribute : FactAttribute
{
    public LiveDeepLFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DEEPL_AUTH_KEY")))
        {
            Skip = "DEEPL_AUTH_KEY is not set; the live DeepL test runs only with a key.";
        }
    }
}
