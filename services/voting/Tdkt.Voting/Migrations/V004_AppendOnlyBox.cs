using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tdkt.Voting.Migrations;

/// <summary>
/// The ballot box is append-only in the database itself: a cast ballot can be neither changed nor removed, whatever
/// code runs against it, so a published receipt stays provable.
/// </summary>
[DbContext(typeof(VotingDb))]
[Migration("004_AppendOnlyBox")]
public sealed class V004_AppendOnlyBox : Migration
{
    private const string Message = "The ballot box is append-only: a cast ballot cannot be changed or removed.";

    protected override void Up(MigrationBuilder m)
    {
        if (m.ActiveProvider?.Contains("Sqlite") == true)
        {
            m.Sql($"CREATE TRIGGER \"Ballots_no_update\" BEFORE UPDATE ON \"Ballots\" BEGIN SELECT RAISE(ABORT, '{Message}'); END;");
            m.Sql($"CREATE TRIGGER \"Ballots_no_delete\" BEFORE DELETE ON \"Ballots\" BEGIN SELECT RAISE(ABORT, '{Message}'); END;");
            return;
        }
        const string s = VotingDb.SchemaName;
        m.Sql($"CREATE FUNCTION \"{s}\".\"ballots_append_only\"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{Message}'; END $$;");
        m.Sql($"CREATE TRIGGER \"Ballots_append_only\" BEFORE UPDATE OR DELETE OR TRUNCATE ON \"{s}\".\"Ballots\" " +
              $"FOR EACH STATEMENT EXECUTE FUNCTION \"{s}\".\"ballots_append_only\"();");
    }
}
