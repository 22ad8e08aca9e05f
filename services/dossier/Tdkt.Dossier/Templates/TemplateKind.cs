using DocumentFormat.OpenXml;
using Tdkt.Dossier.Documents;

namespace Tdkt.Dossier.Templates;

/// <summary>
/// One document of the dossier the platform writes: its shipped default template (made by code in the format of
/// Decree 30, so the repository holds it as reviewable text), the fields it is filled with, and the fields a
/// replacement template cannot do without.
/// </summary>
public sealed class TemplateKind
{
    private readonly Lazy<byte[]> template;
    private readonly Func<DossierInput, TemplateData> data;
    private readonly Lazy<TemplateData> sample;

    internal TemplateKind(string id, string name, string fileName, bool landscape, Func<IEnumerable<OpenXmlElement>> content,
        Func<DossierInput, TemplateData> data, params string[] required)
    {
        Id = id;
        Name = name;
        FileName = fileName;
        Required = required;
        this.data = data;
        template = new(() => Decree30Page.Write(landscape, content()));
        sample = new(() => data(TemplateSample.Input()));
    }

    /// <summary>The package kind: proposal-letter, minutes, score-table or vote-count.</summary>
    public string Id { get; }

    /// <summary>Its Vietnamese name, as in "mẫu tờ trình".</summary>
    public string Name { get; }

    /// <summary>Its file name in the package.</summary>
    public string FileName { get; }

    public IReadOnlyList<string> Required { get; }

    public byte[] DefaultTemplate => template.Value;

    /// <summary>The fields filled from a small sample year: what a template may name, with their descriptions.</summary>
    public TemplateData Sample => sample.Value;

    public byte[] Write(DossierInput input, byte[]? template = null) => TemplateRenderer.Render(template ?? DefaultTemplate, data(input));
}
