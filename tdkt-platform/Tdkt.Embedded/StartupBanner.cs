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
    /// Says at once that the host is starting, where its data is and, for a fixed address, how to use it;
    /// then that it is ready, once migrating and seeding (a few seconds on a first start) are done.
    /// </summary>
    public static WebApplication PrintStartupBanner(this WebApplication app, TextWriter? output = null)
    {
        var writer = output ?? Console.Out;
        writer.WriteLine($"Nền tảng TĐKT đang khởi động (dữ liệu: {Data(app.Configuration)}) …");
        // A fixed address (the default 5080) is known now, and the server listens within a second: say it at
        // once. A free port (":0") is known only once bound, so it waits for the start.
        var configured = (app.Configuration[ConfigKeys.Urls] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var known = configured.Length > 0 && !configured.Any(u => u.EndsWith(":0", StringComparison.Ordinal));
        if (known) writer.Write(Text(configured, app.Configuration));
        writer.Flush();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (!known) writer.Write(Text(app.Urls.ToList(), app.Configuration));
            writer.WriteLine("Nền tảng TĐKT đã sẵn sàng: dữ liệu mẫu đã nạp, API đã nhận yêu cầu.");
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

            Nền tảng TĐKT (trong vài giây đầu, khi còn nạp dữ liệu, API trả 503 kèm Retry-After).
              Địa chỉ:       {string.Join(", ", shown)}
              Ứng dụng web:  {first}   (mở trong trình duyệt, đăng nhập bằng tài khoản demo in lần đầu chạy)
              Dữ liệu:       {Data(configuration)}
              Token cho API: tdkt token --role admin   (hướng dẫn lệnh tdkt: README.md, mục "Try it")
              Tài liệu API:  {first}/scalar
              Tình trạng:    {first}/health
              Dừng:          Ctrl+C


            """;
    }

    private static string Data(IConfiguration configuration) => DatabaseSetup.IsPostgres(configuration)
        ? $"PostgreSQL ({ConfigKeys.PostgresConnection}), khóa ký token trong {DataDirectory.Resolve(configuration)}"
        : DataDirectory.Resolve(configuration);
}
