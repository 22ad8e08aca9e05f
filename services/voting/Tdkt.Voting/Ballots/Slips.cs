using QRCoder;

namespace Tdkt.Voting.Ballots;

/// <summary>A ballot code for a paper-and-phone conference: printed with a QR code that opens the ballot page.</summary>
public sealed record BallotSlip(string Code, string Url, string QrPng);

public static class Slips
{
    /// <param name="ballotPage">The web app's ballot page; the code travels in the fragment, which no server receives.</param>
    public static BallotSlip Make(string code, string ballotPage)
    {
        var url = $"{ballotPage}#ma={code}";
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return new BallotSlip(code, url, "data:image/png;base64," + Convert.ToBase64String(png));
    }
}
