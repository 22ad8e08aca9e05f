namespace Tdkt.Contracts;

/// <summary>
/// A year opened without a framework got one. The first assignment of an open year is the only one:
/// after it the registry refuses every change, so this is published at most once per year.
/// </summary>
public record ClusterYearFrameworkAssigned(string ClusterId, int Year, AssignedFramework Framework, DateTimeOffset AssignedAt);
