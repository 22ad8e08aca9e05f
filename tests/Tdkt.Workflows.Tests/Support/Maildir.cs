using System.Text;
using System.Text.RegularExpressions;

namespace Tdkt.Workflows.Tests.Support;

/// <summary>The mails the test SMTP server (rig/smtp.sh) received, decoded enough to read them.</summary>
public sealed record ReceivedMail(string To, string Subject, string Body, string MessageId);

public static partial class Maildir
{
    public static string Port => Environment.GetEnvironmentVariable("TDKT_TEST_SMTP_PORT")
        ?? throw new InvalidOperationException("TDKT_TEST_SMTP_PORT is not set: run the tests with `bash tests/run.sh`.");

    private static string Folder => Environment.GetEnvironmentVariable("TDKT_TEST_SMTP_DIR")
        ?? throw new InvalidOperationException("TDKT_TEST_SMTP_DIR is not set: run the tests with `bash tests/run.sh`.");

    public static List<ReceivedMail> To(string address) =>
        Directory.GetFiles(Path.Combine(Folder, "new")).Select(f => Parse(File.ReadAllText(f)))
            .Where(m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase)).ToList();

    private static ReceivedMail Parse(string raw)
    {
        var split = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = Regex.Replace(raw[..split], @"\n[ \t]+", " ");
        var body = Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(raw[(split + 2)..], @"\s", "")));
        return new ReceivedMail(Header(headers, "To"), DecodeWords(Header(headers, "Subject")), body, Header(headers, "Message-ID"));
    }

    private static string Header(string headers, string name) =>
        Regex.Match(headers, $"^{name}: (.*)$", RegexOptions.Multiline | RegexOptions.IgnoreCase).Groups[1].Value.Trim();

    private static string DecodeWords(string value) =>
        EncodedWord().Replace(value.Replace("?= =?", "?==?"), m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value)));

    [GeneratedRegex(@"=\?utf-8\?B\?([^?]*)\?=", RegexOptions.IgnoreCase)]
    private static partial Regex EncodedWord();
}
