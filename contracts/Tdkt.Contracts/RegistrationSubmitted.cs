namespace Tdkt.Contracts;

/// <summary>A member unit registered its emulation targets and topics for the year.</summary>
public record RegistrationSubmitted(string ClusterId, int Year, string UnitId, DateTimeOffset SubmittedAt);
