using Tdkt.Scoring.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tdkt.Scoring.Loading;

/// <summary>Parses YAML (and JSON, which YAML reads) into a node tree without throwing.</summary>
internal static class YamlText
{
    public static YamlNode? Parse(string? text, Errors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add("", "Tệp rỗng");
            return null;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                errors.Add("", "Tệp rỗng");
                return null;
            }
            return stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            errors.Add("", $"Lỗi cú pháp YAML/JSON tại dòng {ex.Start.Line}, cột {ex.Start.Column}: {ex.Message}");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's representation model reports some malformed documents this way (e.g. duplicate keys).
            errors.Add("", $"Lỗi cú pháp YAML/JSON: {ex.Message}");
            return null;
        }
    }

    public static string Read(Stream stream)
    {
        using var reader = new StreamReader(stream, leaveOpen: true);
        return reader.ReadToEnd();
    }
}
