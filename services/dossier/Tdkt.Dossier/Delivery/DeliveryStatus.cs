namespace Tdkt.Dossier.Delivery;

public static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    public static string? Name(string? status) => status switch
    {
        null => null,
        Pending => "Đang gửi sang hệ thống văn bản của tỉnh",
        Delivered => "Đã gửi sang hệ thống văn bản của tỉnh",
        _ => "Chưa gửi được sang hệ thống văn bản của tỉnh",
    };
}

/// <summary>Where approved dossiers go besides the Ban TĐKT inbox, when Tdkt:Dossier:DeliveryUrl is set.</summary>
public sealed record DeliveryTarget(Uri? Url)
{
    public bool Configured => Url is not null;
}
