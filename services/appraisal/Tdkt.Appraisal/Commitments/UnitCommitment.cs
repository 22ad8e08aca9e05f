using MassTransit;
using Tdkt.Contracts;
using Tdkt.Platform.Messaging;

namespace Tdkt.Appraisal.Commitments;

/// <summary>Whether a unit registered its emulation goals and signed the covenant, as intake announced.</summary>
public sealed class UnitCommitment
{
    public required string ClusterId { get; set; }
    public int Year { get; set; }
    public required string UnitId { get; set; }
    public DateTimeOffset? RegisteredAt { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
}

public sealed class RegistrationSubmittedConsumer(AppraisalDb db, TimeProvider time) : IConsumer<RegistrationSubmitted>
{
    public Task Consume(ConsumeContext<RegistrationSubmitted> context) =>
        db.ConsumeOnceAsync(context, "appraisal.registration-submitted", time, async ct =>
        {
            var m = context.Message;
            (await db.CommitmentOfAsync(m.ClusterId, m.Year, m.UnitId, ct)).RegisteredAt ??= m.SubmittedAt;
        });
}

public sealed class CovenantSignedConsumer(AppraisalDb db, TimeProvider time) : IConsumer<CovenantSigned>
{
    public Task Consume(ConsumeContext<CovenantSigned> context) =>
        db.ConsumeOnceAsync(context, "appraisal.covenant-signed", time, async ct =>
        {
            var m = context.Message;
            (await db.CommitmentOfAsync(m.ClusterId, m.Year, m.UnitId, ct)).SignedAt ??= m.SignedAt;
        });
}

public static class CommitmentRules
{
    /// <summary>
    /// The framework fact for "did not register and sign the covenant" (BK, YT: seed 000 II.1 d — "đơn vị không đăng ký
    /// thi đua thì không xét"); frameworks without it do not make the covenant a condition.
    /// </summary>
    public const string NoCovenantFact = "no_covenant";

    public static async Task<UnitCommitment> CommitmentOfAsync(this AppraisalDb db, string clusterId, int year, string unitId, CancellationToken ct)
    {
        var found = await db.Commitments.FindAsync([clusterId, year, unitId], ct);
        if (found is null) db.Commitments.Add(found = new UnitCommitment { ClusterId = clusterId, Year = year, UnitId = unitId });
        return found;
    }
}
