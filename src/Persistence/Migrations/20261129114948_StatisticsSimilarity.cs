using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialoogtafels.Persistence.Migrations
{
    /// <summary>
    /// What the statistics and similarity queries of the API need besides the model:
    /// the <c>pg_trgm</c> extension (Debian's postgresql-contrib) with GIN trigram indexes on the titles
    /// of ideas and stories, for <c>similar</c>; and <c>theme_ancestors()</c>, the transitive closure of
    /// the theme hierarchy, for the theme roll-up of the statistics.
    /// </summary>
    public partial class StatisticsSimilarity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_ideas_title_trgm ON ideas USING GIN (title gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_stories_title_trgm ON stories USING GIN (title gin_trgm_ops);");

            // One row per theme and each of its ancestors, the theme itself included (depth 0). The
            // depth bound stops the recursion should a cycle ever be stored.
            migrationBuilder.Sql(@"
CREATE OR REPLACE FUNCTION theme_ancestors()
RETURNS TABLE (theme_id int, ancestor_id int, depth int)
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH RECURSIVE up (theme_id, ancestor_id, depth) AS (
        SELECT t.id, t.id, 0 FROM themes t
        UNION ALL
        SELECT up.theme_id, p.parent_id, up.depth + 1
        FROM up JOIN themes p ON p.id = up.ancestor_id
        WHERE p.parent_id IS NOT NULL AND up.depth < 32
    )
    SELECT theme_id, ancestor_id, depth FROM up
$$;
");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS theme_ancestors();");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_stories_title_trgm;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_ideas_title_trgm;");
        }
    }
}
