using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dialoogtafels.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ContentManagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "themes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pending_draft",
                table: "themes",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "themes",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "stories",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pending_draft",
                table: "stories",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "stories",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pending_draft",
                table: "reports",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "reports",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "participant_groups",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pending_draft",
                table: "participant_groups",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "participant_groups",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "ideas",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pending_draft",
                table: "ideas",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "ideas",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "dialogues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pending_draft",
                table: "dialogues",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "dialogues",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "dialogue_tables",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pending_draft",
                table: "dialogue_tables",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "dialogue_tables",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    entity_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    entity_id = table.Column<int>(type: "integer", nullable: false),
                    operation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    changed_fields = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "revisions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entity_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    entity_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    operation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_revisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "theme_aliases",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    theme_id = table.Column<int>(type: "integer", nullable: false),
                    label = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_theme_aliases", x => x.id);
                    table.ForeignKey(
                        name: "fk_theme_aliases_themes_theme_id",
                        column: x => x.theme_id,
                        principalTable: "themes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_actor",
                table: "audit_records",
                column: "actor");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_at",
                table: "audit_records",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_entity_type_entity_id",
                table: "audit_records",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_revisions_entity_type_entity_id_number",
                table: "revisions",
                columns: new[] { "entity_type", "entity_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_theme_aliases_theme_id",
                table: "theme_aliases",
                column: "theme_id");

            // Aliases are unique regardless of case ("Groen" and "groen" are one label).
            migrationBuilder.Sql("CREATE UNIQUE INDEX ix_theme_aliases_label_lower ON theme_aliases (lower(label));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_records");

            migrationBuilder.DropTable(
                name: "revisions");

            migrationBuilder.DropTable(
                name: "theme_aliases");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "themes");

            migrationBuilder.DropColumn(
                name: "pending_draft",
                table: "themes");

            migrationBuilder.DropColumn(
                name: "version",
                table: "themes");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "stories");

            migrationBuilder.DropColumn(
                name: "pending_draft",
                table: "stories");

            migrationBuilder.DropColumn(
                name: "version",
                table: "stories");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "pending_draft",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "version",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "participant_groups");

            migrationBuilder.DropColumn(
                name: "pending_draft",
                table: "participant_groups");

            migrationBuilder.DropColumn(
                name: "version",
                table: "participant_groups");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "pending_draft",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "version",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "pending_draft",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "version",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "dialogue_tables");

            migrationBuilder.DropColumn(
                name: "pending_draft",
                table: "dialogue_tables");

            migrationBuilder.DropColumn(
                name: "version",
                table: "dialogue_tables");
        }
    }
}
