namespace Tdkt.Testing;

/// <summary>The real servers tests/run.sh started (or the developer's own, through the same variables).</summary>
public static class TestServers
{
    public const string RabbitMqVariable = "TDKT_TEST_RABBITMQ";
    public const string PostgresVariable = "TDKT_TEST_POSTGRES";
    public const string BrokerControlVariable = "TDKT_TEST_BROKER_CONTROL";
    public const string PostgresControlVariable = "TDKT_TEST_POSTGRES_CONTROL";

    public static string RabbitMq => Required(RabbitMqVariable);
    public static string Postgres => Required(PostgresVariable);
    public static string? BrokerControl => Environment.GetEnvironmentVariable(BrokerControlVariable);
    /// <summary>The rig's script that stops and starts the PostgreSQL server it started; unset on a server of the developer's own.</summary>
    public static string? PostgresControl => Environment.GetEnvironmentVariable(PostgresControlVariable);

    public const string SofficeVariable = "TDKT_TEST_SOFFICE";

    /// <summary>LibreOffice's soffice, which the rig installs with poppler-utils (pdftotext) for the tests that read documents as printed.</summary>
    public static string Soffice => Environment.GetEnvironmentVariable(SofficeVariable) is { Length: > 0 } path ? path : "/usr/bin/soffice";

    private static string Required(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set: run the tests with `bash tests/run.sh`, which starts RabbitMQ and PostgreSQL, or set it to a server of your own.");
}
