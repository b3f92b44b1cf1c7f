using NewsScrub.Internal;
using NewsScrub.Steps;

namespace NewsScrub.Tests.Steps.ContentSelection;

public sealed class PageContextTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Siblings_of_one_tag_and_class_count_together_however_many_kinds_their_parent_has(int kinds)
    {
        // Past 16 kinds under one parent, the grouping looks the rest up by hash: both ways give the same counts.
        var elements = new List<DocumentElement> { DocumentElement.Root(), new() { Tag = "div", Parent = 0 } };
        for (var i = 0; i < kinds * 3; i++)
        {
            elements.Add(new DocumentElement { Tag = i % 2 == 0 ? "p" : "li", Parent = 1, Classes = i % kinds == 0 ? null : "kind-" + (i % kinds) });
        }

        // An element of another parent with a class seen above is a shape of its own.
        elements.Add(new DocumentElement { Tag = "p", Parent = 2, Classes = "kind-1" });
        var document = new ScrubDocument([new Segment("One.") { Owner = 2 }]);
        document.Elements.AddRange(elements.Skip(1));

        var context = new PageContext(document, new PageEvidence(document), NameWeights.Empty);

        for (var e = 2; e < elements.Count - 1; e++)
        {
            var expected = elements.Skip(2).SkipLast(1).Count(other => other.Tag == elements[e].Tag && other.Classes == elements[e].Classes);
            Assert.Equal(expected, context.SameShape(e));
        }

        Assert.Equal(1, context.SameShape(elements.Count - 1));
        Assert.Equal(1, context.SameShape(1));
    }
}
