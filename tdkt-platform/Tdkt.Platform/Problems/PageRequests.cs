using Microsoft.AspNetCore.Http;

namespace Tdkt.Platform.Problems;

public static class PageRequests
{
    /// <summary>A browser asking for a page: it gets HTML answers, not problem details meant for API callers.</summary>
    public static bool AsksForPage(this HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
