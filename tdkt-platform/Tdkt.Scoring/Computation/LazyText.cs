using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tdkt.Scoring.Computation;

/// <summary>
/// A text written the first time it is read: a score's Vietnamese explanation, which most scorings never show.
/// It reads, compares and serializes as the string it stands for.
/// </summary>
[JsonConverter(typeof(LazyTextJson))]
public class LazyText : IEquatable<LazyText>
{
    private readonly Func<string>? _write;
    private string? _text;

    public LazyText(Func<string> write) => _write = write;

    private protected LazyText() { }

    /// <summary>Writes the text; called once, on the first read.</summary>
    private protected virtual string Write() => _write!();

    public string Text => _text ??= Write();

    public static implicit operator string(LazyText text) => text.Text;

    public static implicit operator LazyText(string text) => new(() => text);

    public override string ToString() => Text;

    public bool Equals(LazyText? other) => other is not null && Text == other.Text;

    public override bool Equals(object? obj) => obj is LazyText other && Equals(other);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    private sealed class LazyTextJson : JsonConverter<LazyText>
    {
        public override LazyText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString() ?? "";

        public override void Write(Utf8JsonWriter writer, LazyText value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
    }
}
