namespace NewsScrub.Steps;

/// <summary>jusText's classes of a block, before and after looking at its neighbours.</summary>
internal enum BlockClass
{
    Bad,
    Short,
    NearGood,
    Good,
}
