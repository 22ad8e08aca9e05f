namespace Tdkt.Web.Admin;

public enum DiffKind { Same, Removed, Added }

/// <summary>One line of a comparison: kept, only in the old text, or only in the new one.</summary>
public sealed record DiffLine(DiffKind Kind, string Text);

/// <summary>
/// A line diff by longest common subsequence: what an administrator reads when comparing two versions of a
/// definition. Quadratic in lines, which is fine for texts of a few hundred lines; larger inputs are compared
/// after trimming the common head and tail, and refused beyond <see cref="MaxCells"/> table cells.
/// </summary>
public static class LineDiff
{
    public const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffLine> Compare(string before, string after) => Compare(Lines(before), Lines(after));

    public static IReadOnlyList<DiffLine> Compare(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var head = 0;
        while (head < a.Count && head < b.Count && a[head] == b[head]) head++;
        var tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && a[a.Count - 1 - tail] == b[b.Count - 1 - tail]) tail++;
        var result = new List<DiffLine>(a.Count + b.Count);
        for (var i = 0; i < head; i++) result.Add(new(DiffKind.Same, a[i]));
        Middle(a, head, a.Count - tail, b, head, b.Count - tail, result);
        for (var i = a.Count - tail; i < a.Count; i++) result.Add(new(DiffKind.Same, a[i]));
        return result;
    }

    public static IReadOnlyList<string> Lines(string text) =>
        text.Length == 0 ? [] : text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');

    private static void Middle(IReadOnlyList<string> a, int a0, int a1, IReadOnlyList<string> b, int b0, int b1, List<DiffLine> result)
    {
        int n = a1 - a0, m = b1 - b0;
        if ((long)(n + 1) * (m + 1) > MaxCells)
        {
            // Too big to align: every old line removed, every new line added (still correct, just coarse).
            for (var i = a0; i < a1; i++) result.Add(new(DiffKind.Removed, a[i]));
            for (var j = b0; j < b1; j++) result.Add(new(DiffKind.Added, b[j]));
            return;
        }
        // lcs[i, j]: the longest common subsequence of a[a0+i..a1) and b[b0+j..b1).
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                lcs[i, j] = a[a0 + i] == b[b0 + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (a[a0 + x] == b[b0 + y]) { result.Add(new(DiffKind.Same, a[a0 + x])); x++; y++; }
            else if (lcs[x + 1, y] >= lcs[x, y + 1]) result.Add(new(DiffKind.Removed, a[a0 + x++]));
            else result.Add(new(DiffKind.Added, b[b0 + y++]));
        }
        while (x < n) result.Add(new(DiffKind.Removed, a[a0 + x++]));
        while (y < m) result.Add(new(DiffKind.Added, b[b0 + y++]));
    }
}
