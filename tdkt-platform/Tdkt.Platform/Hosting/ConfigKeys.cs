namespace Tdkt.Platform.Hosting;

/// <summary>
/// Every configuration key the platform reads. Environment variables use "__" for ":"
/// (e.g. Tdkt__Database__Provider); the deployment files are checked against this list by a test.
/// </summary>
public static class ConfigKeys
{
    public const string DatabaseProvider = "Tdkt:Database:Provider";
    public const string PostgresConnection = "ConnectionStrings:Postgres";
    public const string DataDirectory = "Tdkt:DataDirectory";
    public const string RabbitMqConnection = "ConnectionStrings:RabbitMq";
    public const string AuthSigningKey = "Tdkt:Auth:SigningKey";
    public const string AuthAuthority = "Tdkt:Auth:Authority";
    public const string AuthAudience = "Tdkt:Auth:Audience";
    public const string AuthOidcSigningKey = "Tdkt:Auth:OidcSigningKey";
    public const string AuthOidcEncryptionKey = "Tdkt:Auth:OidcEncryptionKey";
    public const string AuthRequireHttps = "Tdkt:Auth:RequireHttps";
    public const string WebClientSecret = "Tdkt:Web:ClientSecret";
    public const string WebPublicUrls = "Tdkt:Web:PublicUrls";
    /// <summary>The OpenID Connect authority the web app signs people in with; by default the host itself.</summary>
    public const string WebAuthority = "Tdkt:Web:Authority";
    /// <summary>Base addresses of the services' APIs for the web app (Tdkt:Web:Services:registry…); by default the host itself.</summary>
    public const string WebServices = "Tdkt:Web:Services";
    /// <summary>The services whose APIs the web app calls, each at Tdkt:Web:Services:{name}.</summary>
    public static IReadOnlyList<string> WebServiceNames { get; } = ["registry", "intake", "appraisal", "workflows", "voting", "dossier"];
    public static IReadOnlyList<string> WebServiceAddresses { get; } = WebServiceNames.Select(s => $"{WebServices}:{s}").ToList();
    public const string OutboxPollMilliseconds = "Tdkt:Outbox:PollMilliseconds";
    public const string OutboxBatchSize = "Tdkt:Outbox:BatchSize";
    /// <summary>Days a published outbox row is kept (default 7), to answer "was it sent, and when?".</summary>
    public const string OutboxRetentionDays = "Tdkt:Outbox:RetentionDays";
    /// <summary>Days a consumed message's inbox row is kept (default 30): a redelivery within them is recognised.</summary>
    public const string InboxRetentionDays = "Tdkt:Inbox:RetentionDays";
    /// <summary>Minutes between two prunings of the outbox and inbox (default 60).</summary>
    public const string MessagePruneIntervalMinutes = "Tdkt:Outbox:PruneIntervalMinutes";
    public const string SeedDemoData = "Tdkt:SeedDemoData";
    public const string Urls = "Urls";
    public const string SmtpHost = "Tdkt:Smtp:Host";
    public const string SmtpPort = "Tdkt:Smtp:Port";
    public const string SmtpFrom = "Tdkt:Smtp:From";
    public const string SmtpSecurity = "Tdkt:Smtp:Security";
    public const string SmtpUser = "Tdkt:Smtp:User";
    public const string SmtpPassword = "Tdkt:Smtp:Password";
    public const string WorkflowTimerPollMilliseconds = "Tdkt:Workflows:TimerPollMilliseconds";
    public const string WorkflowTimerBatchSize = "Tdkt:Workflows:TimerBatchSize";
    public const string LoggingFormat = "Tdkt:Logging:Format";
    /// <summary>The file store's folder (a mounted volume when services run apart); by default "files" in the data directory.</summary>
    public const string FilesPath = "Tdkt:Files:Path";
    /// <summary>The largest file one upload may carry, in bytes; 20 MB by default.</summary>
    public const string FilesMaxBytes = "Tdkt:Files:MaxBytes";

    /// <summary>
    /// Where the dossier service POSTs each approved dossier's package (a provincial document system); empty: nowhere,
    /// the Ban TĐKT inbox alone receives it.
    /// </summary>
    public const string DossierDeliveryUrl = "Tdkt:Dossier:DeliveryUrl";
    /// <summary>LibreOffice's soffice on the dossier service's machine: the package then holds a PDF of each written document; empty: none.</summary>
    public const string DossierOfficePath = "Tdkt:Dossier:OfficePath";
    /// <summary>The province the dossier's proposal letter is addressed to, e.g. "Điện Biên"; empty: "tỉnh" alone.</summary>
    public const string DossierProvince = "Tdkt:Dossier:Province";

    /// <summary>
    /// The OpenTelemetry collector traces and metrics are sent to over OTLP (the standard variable, e.g.
    /// http://otel-collector:4317); empty: none are recorded. The other OTEL_* variables apply as usual.
    /// </summary>
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Requests worked on at once by a process (default 4 per core); the rest wait in order.</summary>
    public const string RequestConcurrency = "Tdkt:Requests:Concurrency";

    /// <summary>Requests that may wait for their turn (default 1000); beyond them a request gets 503 with Retry-After.</summary>
    public const string RequestQueue = "Tdkt:Requests:Queue";

    public static IReadOnlyList<string> All { get; } =
    [
        DatabaseProvider, PostgresConnection, DataDirectory, RabbitMqConnection, AuthSigningKey,
        AuthAuthority, AuthAudience, OutboxPollMilliseconds, OutboxBatchSize, OutboxRetentionDays, InboxRetentionDays, MessagePruneIntervalMinutes, SeedDemoData, Urls,
        SmtpHost, SmtpPort, SmtpFrom, SmtpSecurity, SmtpUser, SmtpPassword, WorkflowTimerPollMilliseconds, WorkflowTimerBatchSize,
        LoggingFormat, AuthOidcSigningKey, AuthOidcEncryptionKey, AuthRequireHttps, WebClientSecret, WebPublicUrls, WebAuthority,
        FilesPath, FilesMaxBytes, DossierDeliveryUrl, DossierOfficePath, DossierProvince, OtlpEndpoint, RequestConcurrency, RequestQueue, .. WebServiceAddresses,
    ];

    /// <summary>The environment-variable spelling of a key.</summary>
    public static string AsEnvironmentVariable(string key) => key.Replace(":", "__");
}
