namespace NewsScrub.Tests.Support;

/// <summary>
/// A fact over the shared benchmark pages or seed fixture (<c>../shared</c> beside the repository): skipped, with the
/// reason shown, in a clone that has no such folder. <c>.ci/run</c> runs with it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (!TestPaths.SharedExists)
        {
            Skip = TestPaths.SharedMissingReason;
        }
    }
}
