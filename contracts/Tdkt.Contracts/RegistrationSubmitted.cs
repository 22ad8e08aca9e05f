namespace Tdkt.Contracts;

/// <summary>A member unit registered its emulation targets and topics for the year (đăng ký thi đua).</summary>
/// <param name="Version">1 for the first registration; a re-registration replaces the previous version.</param>
/// <param name="Targets">Targets of the unit's quantitative criteria, the plan of percent-of-plan scoring.</param>
public record RegistrationSubmitted(
    string ClusterId,
    int Year,
    string UnitId,
    DateTimeOffset SubmittedAt,
    Guid RegistrationId,
    int Version,
    IReadOnlyList<RegisteredTarget> Targets);
