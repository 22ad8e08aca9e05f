using System.Collections.Concurrent;
using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Tdkt.Dossier.Templates;

/// <summary>
/// A template opened once: each document written from it copies the template's other parts (styles, headers,
/// settings, images) as they are and fills a copy of its parsed body, instead of unzipping and parsing the whole
/// template again. Opening the package was most of the cost of a document.
/// </summary>
internal sealed class CompiledTemplate
{
    private const int Kept = 64;
    private static readonly ConcurrentDictionary<string, CompiledTemplate> Cache = new(StringComparer.Ordinal);

    private readonly WordprocessingDocument _source;
    private readonly Document _document;
    private readonly HashSet<string> _filledHeaders;
    // The source package is read while its parts are copied; one writer at a time reads it.
    private readonly System.Threading.Lock _gate = new();

    private CompiledTemplate(byte[] template)
    {
        _source = WordprocessingDocument.Open(new MemoryStream(template, writable: false), false);
        var main = _source.MainDocumentPart!;
        _document = main.Document;
        _filledHeaders = main.Parts.Where(p => p.OpenXmlPart is HeaderPart or FooterPart && p.OpenXmlPart.RootElement!.InnerText.Contains("{{", StringComparison.Ordinal))
            .Select(p => p.RelationshipId).ToHashSet(StringComparer.Ordinal);
    }

    public static CompiledTemplate Of(byte[] template)
    {
        var key = Convert.ToHexString(SHA256.HashData(template));
        if (Cache.TryGetValue(key, out var compiled)) return compiled;
        // Clusters rarely have more than a few templates; an unbounded cache would only grow with edits.
        if (Cache.Count >= Kept) Cache.Clear();
        return Cache.GetOrAdd(key, _ => new CompiledTemplate(template));
    }

    public byte[] Render(TemplateData data)
    {
        using var stream = new MemoryStream();
        using (var target = WordprocessingDocument.Create(stream, _source.DocumentType))
        {
            var main = target.AddMainDocumentPart();
            Document document;
            lock (_gate)
            {
                foreach (var part in _source.Parts.Where(p => p.OpenXmlPart is not MainDocumentPart)) target.AddPart(part.OpenXmlPart, part.RelationshipId);
                var from = _source.MainDocumentPart!;
                foreach (var part in from.Parts) main.AddPart(part.OpenXmlPart, part.RelationshipId);
                foreach (var link in from.HyperlinkRelationships) main.AddHyperlinkRelationship(link.Uri, link.IsExternal, link.Id);
                foreach (var external in from.ExternalRelationships) main.AddExternalRelationship(external.RelationshipType, external.Uri, external.Id);
                document = (Document)_document.CloneNode(true);
            }
            var filler = new TemplateFiller(TextWidth(document.Body!));
            var scope = new Scope(data, null);
            filler.Expand(document.Body!, scope);
            main.Document = document;
            foreach (var part in main.Parts.Where(p => _filledHeaders.Contains(p.RelationshipId)))
                filler.Expand(part.OpenXmlPart.RootElement!, scope);
        }
        return stream.ToArray();
    }

    /// <summary>The width between the margins of the template's (last) section, for blocks to fit.</summary>
    private static int TextWidth(Body body)
    {
        var section = body.GetFirstChild<SectionProperties>();
        var size = section?.GetFirstChild<PageSize>();
        var margin = section?.GetFirstChild<PageMargin>();
        if (size?.Width is null || margin is null) return 9354;
        return (int)size.Width.Value - (int)(margin.Left?.Value ?? 0) - (int)(margin.Right?.Value ?? 0);
    }
}
