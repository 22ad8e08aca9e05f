namespace Tdkt.Scoring.Validation;

/// <summary>One problem found in a framework, a sheet or an input, located by its path.</summary>
public sealed record ValidationError(string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
