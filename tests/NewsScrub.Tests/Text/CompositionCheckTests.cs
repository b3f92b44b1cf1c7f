using System.Text;
using NewsScrub.Text;

namespace NewsScrub.Tests.Text;

public sealed class CompositionCheckTests
{
    [Fact]
    public void Text_the_quick_check_lets_through_is_already_in_nfc()
    {
        // Every BMP character, alone and after a base letter: whenever the check says "no composition", NFC agrees.
        var wrong = new List<string>();
        for (var c = 0x20; c < 0x10000; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            foreach (var text in new[] { ((char)c).ToString(), "a" + (char)c, (char)c + "a", "\u1100" + (char)c, "\u304B" + (char)c })
            {
                if (!TextNormalizer.MayNeedComposition(text) && !text.IsNormalized(NormalizationForm.FormC))
                {
                    wrong.Add($"U+{c:X4}");
                    break;
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("plain ASCII", false)]
    [InlineData("“Curly” quotes – and dashes…", false)]
    [InlineData("Кириллица и ελληνικά", false)]
    [InlineData("日本語のテキスト、中文。한국어", false)]
    [InlineData("e\u0301", true)]
    [InlineData("\u212B", true)]
    [InlineData("\u304B\u3099", true)]
    public void Common_scripts_and_typography_need_no_composition(string text, bool expected) =>
        Assert.Equal(expected, TextNormalizer.MayNeedComposition(text));
}
