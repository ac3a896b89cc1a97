using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialoogtafels.Persistence.Migrations
{
    /// <summary>
    /// Key arrays (<see cref="Dialoogtafels.Persistence.KeyArrays"/>): <c>ideas.theme_ids</c> and
    /// <c>stories.theme_ids</c>, kept by statement-level triggers on <c>idea_themes</c> and
    /// <c>story_themes</c>, filled from the existing rows, and one GIN index per table over the
    /// search vector, the key array (and for ideas the proposed actors).
    /// </summary>
    public partial class KeyArrays : Migration
    {
        // sync_key_array(owner table, owner key column in the join table, target key column, array column):
        // recomputes the array of every owner whose join rows the statement inserted, deleted or updated.
        private const string Function = """
            CREATE FUNCTION sync_key_array() RETURNS trigger LANGUAGE plpgsql AS $$
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

        private static string Triggers(string join, string owner, string ownerKey, string targetKey, string array) => $"""
            CREATE TRIGGER {join}_key_array_insert AFTER INSERT ON {join} REFERENCING NEW TABLE AS new_rows
                FOR EACH STATEMENT EXECUTE FUNCTION sync_key_array('{owner}', '{ownerKey}', '{targetKey}', '{array}');
            CREATE TRIGGER {join}_key_array_delete AFTER DELETE ON {join} REFERENCING OLD TABLE AS old_rows
                FOR EACH STATEMENT EXECUTE FUNCTION sync_key_array('{owner}', '{ownerKey}', '{targetKey}', '{array}');
            CREATE TRIGGER {join}_key_array_update AFTER UPDATE ON {join} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                FOR EACH STATEMENT EXECUTE FUNCTION sync_key_array('{owner}', '{ownerKey}', '{targetKey}', '{array}');
            UPDATE {owner} o SET {array} = j.keys
            FROM (SELECT {ownerKey}, array_agg({targetKey} ORDER BY {targetKey}) AS keys FROM {join} GROUP BY {ownerKey}) j
            WHERE j.{ownerKey} = o.id;
            """;

        private static string DropTriggers(string join) => $"""
            DROP TRIGGER {join}_key_array_insert ON {join};
            DROP TRIGGER {join}_key_array_delete ON {join};
            DROP TRIGGER {join}_key_array_update ON {join};
            """;
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_stories_search_vector",
                table: "stories");

            migrationBuilder.DropIndex(
                name: "ix_ideas_proposed_actors",
                table: "ideas");

            migrationBuilder.DropIndex(
                name: "ix_ideas_search_vector",
                table: "ideas");

            migrationBuilder.AddColumn<int[]>(
                name: "theme_ids",
                table: "stories",
                type: "integer[]",
                nullable: false, // NOT NULL although optional in the model (KeyArrays.HasKeyArray)
                defaultValueSql: "'{}'::integer[]");

            migrationBuilder.AddColumn<int[]>(
                name: "theme_ids",
                table: "ideas",
                type: "integer[]",
                nullable: false, // NOT NULL although optional in the model (KeyArrays.HasKeyArray)
                defaultValueSql: "'{}'::integer[]");

            migrationBuilder.Sql(Function);
            migrationBuilder.Sql(Triggers("idea_themes", "ideas", "idea_id", "theme_id", "theme_ids"));
            migrationBuilder.Sql(Triggers("story_themes", "stories", "story_id", "theme_id", "theme_ids"));

            migrationBuilder.CreateIndex(
                name: "ix_stories_search",
                table: "stories",
                columns: new[] { "search_vector", "theme_ids" })
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_ideas_search",
                table: "ideas",
                columns: new[] { "proposed_actors", "search_vector", "theme_ids" })
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DropTriggers("idea_themes"));
            migrationBuilder.Sql(DropTriggers("story_themes"));
            migrationBuilder.Sql("DROP FUNCTION sync_key_array();");

            migrationBuilder.DropIndex(
                name: "ix_stories_search",
                table: "stories");

            migrationBuilder.DropIndex(
                name: "ix_ideas_search",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "theme_ids",
                table: "stories");

            migrationBuilder.DropColumn(
                name: "theme_ids",
                table: "ideas");

            migrationBuilder.CreateIndex(
                name: "ix_stories_search_vector",
                table: "stories",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_ideas_proposed_actors",
                table: "ideas",
                column: "proposed_actors")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_ideas_search_vector",
                table: "ideas",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
