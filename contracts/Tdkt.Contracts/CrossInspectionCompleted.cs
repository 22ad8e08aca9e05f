namespace Tdkt.Contracts;

/// <summary>The member units finished inspecting each other (kiểm tra chéo).</summary>
public record CrossInspectionCompleted(string ClusterId, int Year, DateTimeOffset CompletedAt);
