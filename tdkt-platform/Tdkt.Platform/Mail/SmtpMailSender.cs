using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Configuration;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Mail;

/// <summary>One e-mail to send; <paramref name="Id"/> becomes the Message-ID so a receiver can drop a resend.</summary>
public sealed record OutgoingMail(string Id, IReadOnlyList<string> To, string Subject, string Body);

/// <summary>
/// Sends plain-text UTF-8 mail over SMTP with System.Net.Mail (MailKit is not obtainable here).
/// Disabled when Tdkt:Smtp:Host is not set, so the embedded mode runs without a mail server.
/// </summary>
public sealed class SmtpMailSender(IConfiguration config)
{
    private readonly string? _host = config[ConfigKeys.SmtpHost];
    private readonly int _port = config.GetValue(ConfigKeys.SmtpPort, 25);
    private readonly string _from = config[ConfigKeys.SmtpFrom] is { Length: > 0 } f ? f : "tdkt@localhost";

    public bool IsEnabled => !string.IsNullOrWhiteSpace(_host);

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        if (!IsEnabled) throw new InvalidOperationException($"{ConfigKeys.SmtpHost} is not configured.");
        using var message = new MailMessage
        {
            From = new MailAddress(_from),
            Subject = mail.Subject,
            Body = mail.Body,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyTransferEncoding = System.Net.Mime.TransferEncoding.Base64,
        };
        foreach (var to in mail.To) message.To.Add(to);
        message.Headers.Add("Message-ID", $"<{mail.Id}@tdkt>");
        using var client = new SmtpClient(_host, _port) { DeliveryMethod = SmtpDeliveryMethod.Network, Timeout = 10_000 };
        await client.SendMailAsync(message, ct);
    }
}
