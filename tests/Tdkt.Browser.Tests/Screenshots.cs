using Microsoft.Playwright;

namespace Tdkt.Browser.Tests;

/// <summary>Each browser test saves its last page under tests/artifacts/screenshots (named in the README).</summary>
public static class Screenshots
{
    public static readonly string RepositoryRoot = FindRoot();
    public static readonly string Folder = Path.Combine(RepositoryRoot, "tests", "artifacts", "screenshots");

    public static async Task SaveAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Tdkt.slnx"))) return dir.FullName;
        return Path.GetTempPath();
    }
}
