using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialoogtafels.Persistence.Migrations
{
    /// <summary>
    /// <c>sync_key_array()</c> (migration <c>KeyArrays</c>) first locks the owner rows whose links
    /// changed, then recomputes their arrays in a statement of its own. Without the lock, two
    /// transactions that change links of the same idea at the same time (an assignment and a merge)
    /// can lose a key: the second one waits for the first one's row lock and then writes an array
    /// computed from a snapshot taken before the first one committed. Each statement of a PL/pgSQL
    /// function takes a new snapshot under READ COMMITTED, so the recomputation after the lock sees
    /// every committed link.
    /// </summary>
    public partial class KeyArrayLocks : Migration
    {
        private const string Locking = """
            CREATE OR REPLACE FUNCTION sync_key_array() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                changed text := CASE TG_OP
                    WHEN 'INSERT' THEN format('SELECT %I FROM new_rows', TG_ARGV[1])
                    WHEN 'DELETE' THEN format('SELECT %I FROM old_rows', TG_ARGV[1])
                    ELSE format('SELECT %1$I FROM new_rows UNION SELECT %1$I FROM old_rows', TG_ARGV[1]) END;
            BEGIN
                -- Lock in key order (no deadlock between two statements locking the same owners).
                EXECUTE format('SELECT 1 FROM %1$I WHERE id IN (%2$s) ORDER BY id FOR NO KEY UPDATE', TG_ARGV[0], changed);
                EXECUTE format(
                    'UPDATE %1$I o SET %4$I = coalesce((SELECT array_agg(j.%3$I ORDER BY j.%3$I) FROM %5$I j WHERE j.%2$I = o.id), ''{}'') '
                    'WHERE o.id IN (%6$s)',
                    TG_ARGV[0], TG_ARGV[1], TG_ARGV[2], TG_ARGV[3], TG_TABLE_NAME, changed);
                RETURN NULL;
            END
            $$;
            """;

        private const string Unlocked = """
            CREATE OR REPLACE FUNCTION sync_key_array() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                changed text := CASE TG_OP
                    WHEN 'INSERT' THEN format('SELECT %I FROM new_rows', TG_ARGV[1])
                    WHEN 'DELETE' THEN format('SELECT %I FROM old_rows', TG_ARGV[1])
                    ELSE format('SELECT %1$I FROM new_rows UNION SELECT %1$I FROM old_rows', TG_ARGV[1]) END;
            BEGIN
                EXECUTE format(
                    'UPDATE %1$I o SET %4$I = coalesce((SELECT array_agg(j.%3$I ORDER BY j.%3$I) FROM %5$I j WHERE j.%2$I = o.id), ''{}'') '
                    'WHERE o.id IN (%6$s)',
                    TG_ARGV[0], TG_ARGV[1], TG_ARGV[2], TG_ARGV[3], TG_TABLE_NAME, changed);
                RETURN NULL;
            END
            $$;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Locking);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Unlocked);
    }
}
