using System.Text;

namespace NewsScrub.Steps;

/// <summary>French typography: a no-break space inside « » and before : ; ! ? where the text has a space.</summary>
internal static class FrenchSpacing
{
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(":;!?«»");

    public static string Apply(string text)
    {
        if (text.AsSpan().IndexOfAny(Marks) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' && i + 1 < text.Length && text[i + 1] is ':' or ';' or '!' or '?' or '»')
            {
                builder.Append('\u00A0');
            }
            else if (c == ' ' && i > 0 && text[i - 1] == '«')
            {
                builder.Append('\u00A0');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
