using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialoogtafels.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SeedHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Which version of a built-in seed a database has had: a seed runs once per version, so
            // editors' later deletes and edits of seeded content are never undone by a restart.
            migrationBuilder.Sql("CREATE TABLE seed_history (name text PRIMARY KEY, version text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());");
            // Databases seeded before this table existed already hold the programme.
            migrationBuilder.Sql("INSERT INTO seed_history (name, version) SELECT 'programme-2021', 'v1' WHERE EXISTS (SELECT 1 FROM dialogues WHERE slug = 'verkenningsdialogen-burgers');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS seed_history;");
        }
    }
}
