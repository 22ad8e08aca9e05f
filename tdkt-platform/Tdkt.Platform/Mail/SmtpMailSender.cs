using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;
using Tdkt.Platform.Hosting;

namespace Tdkt.Platform.Mail;

/// <summary>One e-mail to send; <paramref name="Id"/> becomes the Message-ID so a receiver can drop a resend.</summary>
public sealed record OutgoingMail(string Id, IReadOnlyList<string> To, string Subject, string Body);

/// <summary>
/// Sends plain-text UTF-8 mail over SMTP with MailKit: STARTTLS when the server offers it (or always,
/// or implicit TLS, by Tdkt:Smtp:Security) and a login when Tdkt:Smtp:User is set.
/// Disabled when Tdkt:Smtp:Host is not set, so the embedded mode runs without a mail server.
/// </summary>
public sealed class SmtpMailSender(IConfiguration config)
{
    private readonly string? _host = config[ConfigKeys.SmtpHost];
    private readonly int _port = config.GetValue(ConfigKeys.SmtpPort, 25);
    private readonly string _from = config[ConfigKeys.SmtpFrom] is { Length: > 0 } f ? f : "tdkt@localhost";
    private readonly string? _user = config[ConfigKeys.SmtpUser];
    private readonly string? _password = config[ConfigKeys.SmtpPassword];
    private readonly SecureSocketOptions _security = config.GetValue(ConfigKeys.SmtpSecurity, SecureSocketOptions.StartTlsWhenAvailable);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(_host);

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct)
    {
        if (!IsEnabled) throw new InvalidOperationException($"{ConfigKeys.SmtpHost} is not configured.");
        using var message = new MimeMessage { Subject = mail.Subject, MessageId = $"{mail.Id}@tdkt" };
        message.From.Add(MailboxAddress.Parse(_from));
        foreach (var to in mail.To) message.To.Add(MailboxAddress.Parse(to));
        message.Body = new TextPart("plain") { Text = mail.Body };
        using var client = new SmtpClient { Timeout = 10_000 };
        await client.ConnectAsync(_host!, _port, _security, ct);
        if (!string.IsNullOrEmpty(_user)) await client.AuthenticateAsync(_user, _password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
