using DocumentFormat.OpenXml;

namespace Tdkt.Dossier.Templates;

/// <summary>
/// What a template is filled with: named texts, yes/no conditions, lists of nested data, and blocks that code makes
/// (a table whose columns depend on the data). Each field carries the Vietnamese description an administrator
/// reads beside its placeholder, so the list of placeholders and the data cannot drift apart.
/// </summary>
public sealed class TemplateData
{
    private readonly Dictionary<string, TemplateField> fields = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, TemplateField> Fields => fields;

    public TemplateData Text(string name, string description, string value) => Add(name, description, value);

    public TemplateData Flag(string name, string description, bool value) => Add(name, description, value);

    public TemplateData List(string name, string description, IEnumerable<TemplateData> items) => Add(name, description, items.ToList());

    /// <param name="make">Makes the block for the width between the template's margins, in twips.</param>
    public TemplateData Block(string name, string description, Func<int, OpenXmlElement> make) => Add(name, description, make);

    private TemplateData Add(string name, string description, object value)
    {
        fields[name] = new TemplateField(name, description, value);
        return this;
    }
}

/// <summary>One named field: a string, a bool, a list of <see cref="TemplateData"/>, or a block maker.</summary>
public sealed record TemplateField(string Name, string Description, object Value)
{
    public TemplateFieldKind Kind => Value switch
    {
        string => TemplateFieldKind.Text,
        bool => TemplateFieldKind.Flag,
        List<TemplateData> => TemplateFieldKind.List,
        _ => TemplateFieldKind.Block,
    };
}

public enum TemplateFieldKind { Text, Flag, List, Block }

/// <summary>The data in scope: a list item's own fields first, then those around it.</summary>
internal sealed record Scope(TemplateData Data, Scope? Outer)
{
    public TemplateField? Find(string name) =>
        Data.Fields.TryGetValue(name, out var field) ? field : Outer?.Find(name);
}
