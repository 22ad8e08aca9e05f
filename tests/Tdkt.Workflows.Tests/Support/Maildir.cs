using MimeKit;

namespace Tdkt.Workflows.Tests.Support;

/// <summary>The mails the test SMTP server (rig/smtp.sh) received, read with MimeKit as a mail client would.</summary>
public sealed record ReceivedMail(string To, string Subject, string Body, string MessageId);

public static class Maildir
{
    public static string Port => Environment.GetEnvironmentVariable("TDKT_TEST_SMTP_PORT")
        ?? throw new InvalidOperationException("TDKT_TEST_SMTP_PORT is not set: run the tests with `bash tests/run.sh`.");

    private static string Folder => Environment.GetEnvironmentVariable("TDKT_TEST_SMTP_DIR")
        ?? throw new InvalidOperationException("TDKT_TEST_SMTP_DIR is not set: run the tests with `bash tests/run.sh`.");

    public static List<ReceivedMail> To(string address) =>
        Directory.GetFiles(Path.Combine(Folder, "new")).Select(Parse)
            .Where(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase)).ToList();

    private static ReceivedMail Parse(string file)
    {
        using var message = MimeMessage.Load(file);
        return new ReceivedMail(message.To.ToString(), message.Subject ?? "", message.TextBody ?? "", $"<{message.MessageId}>");
    }
}
