using Microsoft.EntityFrameworkCore;
using Tdkt.Platform.Problems;

namespace Tdkt.Registry.Years;

/// <summary>
/// A year's opening and its framework, and a framework version's text, are changed by several endpoints.
/// Each save checks that what it read is still there (concurrency tokens); when another request changed it
/// in between, the save is refused as a whole and the caller answers 409 instead of overwriting.
/// </summary>
public static class YearLocks
{
    public const string ChangedMeanwhile =
        "Năm thi đua hoặc bảng điểm vừa được người khác thay đổi (mở năm, gán hoặc sửa bảng điểm). Hãy tải lại rồi thử lại.";

    /// <summary>Saves; null when saved, a 409 when another request changed the same year or framework version first.</summary>
    public static async Task<Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult?> SaveOrConflictAsync(this RegistryDb db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict(ChangedMeanwhile);
        }
    }
}
