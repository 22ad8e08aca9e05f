namespace Tdkt.Contracts;

/// <summary>One version of a scoring framework as the registry stores it: its YAML is the whole framework.</summary>
public record AssignedFramework(string FrameworkId, int Version, string Name, string Yaml);
