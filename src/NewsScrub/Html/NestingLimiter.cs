using System.Text;

namespace NewsScrub.Html;

/// <summary>
/// Caps the element nesting of markup before HtmlAgilityPack sees it. HtmlAgilityPack closes nodes recursively
/// (100,000 nested elements overflow the stack) and spends time proportional to the depth on each node, so start
/// tags deeper than <see cref="MaxDepth"/> are dropped together with their end tags; their text stays where it was.
/// One linear scan; the input is returned unchanged (same instance) when no element is too deep.
/// </summary>
internal static class NestingLimiter
{
    /// <summary>Real pages nest a few dozen levels; nothing readable needs more than this.</summary>
    public const int MaxDepth = 160;

    public static string Limit(string html, int maxDepth = MaxDepth)
    {
        StringBuilder? output = null;
        var copiedUpTo = 0;
        var stack = new List<string>(64);
        Dictionary<string, int>? suppressed = null;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                i = SkipDeclaration(html, lt);
                continue;
            }

            var isEnd = next == '/';
            var nameStart = lt + (isEnd ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            var tagEnd = FindTagEnd(html, nameEnd);
            var name = TagNames.Get(html.AsSpan(nameStart, nameEnd - nameStart), out var kind);
            var selfClosing = tagEnd > 1 && html[tagEnd - 1] == '/' && html[tagEnd] == '>';
            i = tagEnd + 1;

            if (isEnd)
            {
                if (suppressed is not null && suppressed.TryGetValue(name, out var count) && count > 0)
                {
                    suppressed[name] = count - 1;
                    Drop(lt, i);
                    continue;
                }

                var at = stack.LastIndexOf(name);
                if (at >= 0)
                {
                    stack.RemoveRange(at, stack.Count - at);
                }

                continue;
            }

            if ((kind & TagKind.RawText) != 0)
            {
                // Script and style contents are not markup: skip to the matching end tag.
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (selfClosing || (kind & TagKind.Void) != 0)
            {
                continue;
            }

            if ((kind & TagKind.ClosesItself) != 0 && stack.Count > 0 && (ReferenceEquals(stack[^1], name) || ((kind & TagKind.Cell) != 0 && stack[^1] is "td" or "th")))
            {
                stack.RemoveAt(stack.Count - 1);
            }

            if (stack.Count >= maxDepth)
            {
                suppressed ??= new Dictionary<string, int>(StringComparer.Ordinal);
                suppressed[name] = suppressed.GetValueOrDefault(name) + 1;
                Drop(lt, i);
                continue;
            }

            stack.Add(name);
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return output.ToString();

        void Drop(int start, int end)
        {
            output ??= new StringBuilder(html.Length);
            output.Append(html, copiedUpTo, start - copiedUpTo);
            copiedUpTo = Math.Min(end, html.Length);
        }
    }

    private static int SkipDeclaration(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var gt = html.IndexOf('>', lt + 2);
        return gt < 0 ? html.Length : gt + 1;
    }

    /// <summary>The index of the '>' that ends a tag, skipping quoted attribute values.</summary>
    private static int FindTagEnd(string html, int from)
    {
        var k = from;
        while (k < html.Length)
        {
            var next = html.AsSpan(k).IndexOfAny('>', '"', '\'');
            if (next < 0)
            {
                break;
            }

            k += next;
            var c = html[k];
            if (c == '>')
            {
                return k;
            }

            // A quote opens a value only right after '=' or whitespace; elsewhere it is part of a name.
            if (k > 0 && (html[k - 1] == '=' || char.IsWhiteSpace(html[k - 1])))
            {
                var close = html.IndexOf(c, k + 1);
                if (close < 0)
                {
                    break;
                }

                k = close + 1;
                continue;
            }

            k++;
        }

        return html.Length - 1;
    }
}
