using Microsoft.EntityFrameworkCore;
using Tdkt.Dossier.Versions;
using Tdkt.Platform.Files;

namespace Tdkt.Dossier.Delivery;

/// <summary>A delivery the resilience pipeline gave up on: the bus retries the message, the version shows it failed.</summary>
public sealed class DeliveryFailedException(string message) : Exception(message);

/// <summary>
/// Sends a submitted version's package to the provincial document system and records how it went on the version.
/// Runs from a consumer, after the approval committed; the dossier stays in the Ban TĐKT inbox whatever happens here.
/// </summary>
public sealed class PackageDelivery(DossierDb db, FileStore files, DeliveryClient client, TimeProvider time)
{
    private const int ErrorLength = 500;

    public async Task DeliverAsync(string clusterId, int year, int version, CancellationToken ct)
    {
        var v = await db.Versions.FirstOrDefaultAsync(x => x.ClusterId == clusterId && x.Year == year && x.Version == version, ct);
        if (v is null || v.Status == DossierStatus.Draft || v.DeliveryStatus == DeliveryStatus.Delivered) return;
        var outcome = await SendAsync(v, ct);
        v.DeliveryAttempts += outcome.Attempts;
        if (outcome.Delivered)
        {
            (v.DeliveryStatus, v.DeliveredAt, v.DeliveryError) = (DeliveryStatus.Delivered, time.GetUtcNow(), null);
            return;
        }
        (v.DeliveryStatus, v.DeliveryError) = (DeliveryStatus.Failed, outcome.Error is { Length: > ErrorLength } e ? e[..ErrorLength] : outcome.Error);
        // Committed now, without the inbox row: the failure shows at once, and the message stays to be retried.
        await db.SaveChangesAsync(ct);
        throw new DeliveryFailedException($"Dossier {clusterId} {year} version {version} was not delivered: {outcome.Error}");
    }

    private async Task<DeliveryOutcome> SendAsync(DossierVersion v, CancellationToken ct)
    {
        if (await files.ReadAllBytesAsync(v.PackageSha256, ct) is not { } package) return new(false, 0, "Tệp hồ sơ không còn trong kho tệp.");
        return await client.SendAsync(v, package, ct);
    }
}
