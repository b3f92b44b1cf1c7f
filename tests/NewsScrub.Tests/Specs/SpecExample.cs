namespace NewsScrub.Tests.Specs;

/// <summary>One example of a Markdig-style spec file: the input, the expected body, and where it is.</summary>
public sealed record SpecExample(string File, int Line, string Input, string Expected, string? Language)
{
    /// <summary>Shown by the test runner as the case name.</summary>
    public override string ToString() => $"{File}:{Line}";
}
