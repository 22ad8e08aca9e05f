namespace Tdkt.Dossier.Templates;

/// <summary>
/// Fills a .docx template: repeats the paragraphs or rows of each section once per list item (or once or never for
/// a condition), puts each text into its placeholder keeping the run's formatting, and puts code-made blocks in
/// the paragraphs that hold only their placeholder. Everything else in the template stays as the author made it.
/// </summary>
public static class TemplateRenderer
{
    public static byte[] Render(byte[] template, TemplateData data) => CompiledTemplate.Of(template).Render(data);
}
