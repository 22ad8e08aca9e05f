namespace Tdkt.Contracts;

/// <summary>A unit's points in one group (nội dung) of the framework.</summary>
public record GroupScore(string GroupId, string Name, decimal Max, decimal Points);
