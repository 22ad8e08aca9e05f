using Tdkt.Scoring.Loading;
using Tdkt.Scoring.Model;

namespace Tdkt.Scoring.Tests.Support;

/// <summary>The framework files shipped in tdkt-platform/frameworks, copied next to the tests.</summary>
internal static class Shipped
{
    public const string Bk = "bk-cum-huyen.yaml";
    public const string Yt = "yt-y-te.yaml";
    public const string Hd = "hd-quan-ha-dong.yaml";
    public const string Db = "db-huyen-vung-cao.yaml";

    public static string Text(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "frameworks", file));

    public static Framework Load(string file)
    {
        var result = FrameworkLoader.Load(Text(file));
        return result.IsValid ? result.Value! : throw new Xunit.Sdk.XunitException(string.Join("\n", result.Errors));
    }
}
