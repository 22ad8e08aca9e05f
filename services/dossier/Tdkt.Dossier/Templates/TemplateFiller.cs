using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tdkt.Dossier.Templates;

/// <summary>Expands the sections and fills the placeholders of one part's elements.</summary>
internal sealed class TemplateFiller(int width)
{
    public void Expand(OpenXmlCompositeElement container, Scope scope)
    {
        var children = container.ChildElements.ToList();
        if (!children.Any(c => c is Paragraph or Table or TableRow or SdtBlock)) return;
        container.RemoveAllChildren();
        container.Append(Expanded(children, scope));
        // A cell whose every paragraph was a section left out still needs one paragraph to be valid.
        if (container is TableCell && !container.Elements<Paragraph>().Any() && !container.Elements<Table>().Any())
            container.Append(new Paragraph());
    }

    private IEnumerable<OpenXmlElement> Expanded(List<OpenXmlElement> siblings, Scope scope)
    {
        for (var i = 0; i < siblings.Count; i++)
        {
            var element = siblings[i];
            if (Tags.Section(element) is { } marker)
            {
                var close = Tags.Close(siblings, i);
                if (marker.Sign == '/' || close < 0) continue;
                var inner = siblings[(i + 1)..close];
                foreach (var each in Repeats(marker.Sign, scope.Find(marker.Name), scope))
                    foreach (var e in Expanded(inner.Select(x => x.CloneNode(true)).ToList(), each)) yield return e;
                i = close;
            }
            else if (Tags.Lone(element) is { } name && scope.Find(name) is { Value: Func<int, OpenXmlElement> make })
                yield return make(width);
            else
            {
                Fill(element, scope);
                yield return element;
            }
        }
    }

    private static IEnumerable<Scope> Repeats(char sign, TemplateField? field, Scope scope) => field?.Value switch
    {
        List<TemplateData> items when sign == '#' => items.Select(item => new Scope(item, scope)),
        List<TemplateData> items => items.Count == 0 ? [scope] : [],
        bool flag => flag == (sign == '#') ? [scope] : [],
        _ => [],
    };

    private void Fill(OpenXmlElement element, Scope scope)
    {
        switch (element)
        {
            case Paragraph paragraph: Substitute(paragraph, scope); break;
            case Table table: Expand(table, scope); break;
            case TableRow row: foreach (var cell in row.Elements<TableCell>()) Expand(cell, scope); break;
            case SdtBlock { SdtContentBlock: { } content }: Expand(content, scope); break;
            default: foreach (var p in element.Descendants<Paragraph>()) Substitute(p, scope); break;
        }
    }

    /// <summary>
    /// Replaces each placeholder by its text, even where Word split it over several runs: the value goes into
    /// the run where the placeholder starts, with that run's look, and the rest of the placeholder is removed.
    /// </summary>
    private static void Substitute(Paragraph paragraph, Scope scope)
    {
        var texts = paragraph.Descendants<Text>().ToList();
        if (texts.Count == 0) return;
        var full = string.Concat(texts.Select(t => t.Text));
        if (!full.Contains("{{", StringComparison.Ordinal)) return;
        var starts = new int[texts.Count];
        for (int k = 1; k < texts.Count; k++) starts[k] = starts[k - 1] + texts[k - 1].Text.Length;
        var matches = Tags.Tag().Matches(full);
        for (var m = matches.Count - 1; m >= 0; m--)
        {
            var match = matches[m];
            if (match.Groups[1].Length > 0 || scope.Find(match.Groups[2].Value)?.Value is not string value) continue;
            int first = Owner(starts, match.Index), last = Owner(starts, match.Index + match.Length - 1);
            var head = texts[first].Text[..(match.Index - starts[first])];
            var tail = texts[last].Text[(match.Index + match.Length - starts[last])..];
            if (first == last) Set(texts[first], head + value + tail);
            else
            {
                Set(texts[first], head + value);
                for (var k = first + 1; k < last; k++) texts[k].Text = "";
                Set(texts[last], tail);
            }
        }
    }

    private static int Owner(int[] starts, int position)
    {
        var k = Array.BinarySearch(starts, position);
        if (k < 0) return ~k - 1;
        // Empty texts share a start: the owner is the last text starting there.
        while (k + 1 < starts.Length && starts[k + 1] == position) k++;
        return k;
    }

    private static void Set(Text text, string value)
    {
        text.Text = value;
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || value.Contains("  ", StringComparison.Ordinal)))
            text.Space = SpaceProcessingModeValues.Preserve;
    }
}
