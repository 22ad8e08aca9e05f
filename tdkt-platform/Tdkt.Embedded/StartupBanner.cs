using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Tdkt.Platform.Hosting;
using Tdkt.Platform.Persistence;

namespace Tdkt.Embedded;

/// <summary>
/// What a newcomer needs once the embedded host listens: where, where its data lives, how to get a token
/// and where to read the API. Plain text on standard output, so it reads the same in a terminal and a log.
/// </summary>
public static class StartupBanner
{
    /// <summary>
    /// Says at once that the host is starting and where its data is (migrating and seeding take a few
    /// seconds on a first start), then writes the banner as soon as the server listens: its real addresses
    /// are known only then.
    /// </summary>
    public static WebApplication PrintStartupBanner(this WebApplication app, TextWriter? output = null)
    {
        var writer = output ?? Console.Out;
        writer.WriteLine($"Nền tảng TĐKT đang khởi động (dữ liệu: {Data(app.Configuration)}) …");
        writer.Flush();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            writer.Write(Text(app.Urls.ToList(), app.Configuration));
            writer.Flush();
        });
        return app;
    }

    public static string Text(IReadOnlyList<string> urls, IConfiguration configuration)
    {
        // A wildcard address cannot be opened in a browser; show it as the loopback address it also serves.
        var shown = urls.Select(u => u.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://+", "://localhost")).ToList();
        var first = shown.FirstOrDefault() ?? "http://127.0.0.1:5080";
        return $"""

            Nền tảng TĐKT đã sẵn sàng.
              Địa chỉ:       {string.Join(", ", shown)}
              Dữ liệu:       {Data(configuration)}
              Lấy token:     tdkt token --role admin   (hướng dẫn lệnh tdkt: README.md, mục "Try it")
              Tài liệu API:  {first}/scalar
              Tình trạng:    {first}/health
              Dừng:          Ctrl+C


            """;
    }

    private static string Data(IConfiguration configuration) => DatabaseSetup.IsPostgres(configuration)
        ? $"PostgreSQL ({ConfigKeys.PostgresConnection}), khóa ký token trong {DataDirectory.Resolve(configuration)}"
        : DataDirectory.Resolve(configuration);
}
