namespace NewsScrub.Tests.Support;

/// <summary>A theory over the shared benchmark pages or seed fixture; skipped, with the reason shown, without <c>../shared</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute()
    {
        if (!TestPaths.SharedExists)
        {
            Skip = TestPaths.SharedMissingReason;
        }
    }
}
