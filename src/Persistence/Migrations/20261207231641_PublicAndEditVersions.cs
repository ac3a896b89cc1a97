using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialoogtafels.Persistence.Migrations
{
    /// <summary>
    /// Adds <c>edit_version</c> (the CMS's concurrency version, on every save) and <c>edited_at</c> (the last save) to every
    /// content table, so that <c>version</c> and <c>updated_at</c> change only with the content the public can read.
    /// </summary>
    public partial class PublicAndEditVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "edit_version",
                table: "themes",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "edited_at",
                table: "themes",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.AddColumn<int>(
                name: "edit_version",
                table: "stories",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "edited_at",
                table: "stories",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.AddColumn<int>(
                name: "edit_version",
                table: "reports",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "edited_at",
                table: "reports",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.AddColumn<int>(
                name: "edit_version",
                table: "participant_groups",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "edited_at",
                table: "participant_groups",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.AddColumn<int>(
                name: "edit_version",
                table: "ideas",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "edited_at",
                table: "ideas",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.AddColumn<int>(
                name: "edit_version",
                table: "dialogues",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "edited_at",
                table: "dialogues",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.AddColumn<int>(
                name: "edit_version",
                table: "dialogue_tables",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "edited_at",
                table: "dialogue_tables",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            // Existing rows: the CMS's version and last save start where the row's version and timestamp are.
            migrationBuilder.Sql("""
                UPDATE dialogue_tables SET edit_version = version, edited_at = updated_at;
                UPDATE dialogues SET edit_version = version, edited_at = updated_at;
                UPDATE ideas SET edit_version = version, edited_at = updated_at;
                UPDATE participant_groups SET edit_version = version, edited_at = updated_at;
                UPDATE reports SET edit_version = version, edited_at = updated_at;
                UPDATE stories SET edit_version = version, edited_at = updated_at;
                UPDATE themes SET edit_version = version, edited_at = updated_at;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "edit_version",
                table: "themes");

            migrationBuilder.DropColumn(
                name: "edited_at",
                table: "themes");

            migrationBuilder.DropColumn(
                name: "edit_version",
                table: "stories");

            migrationBuilder.DropColumn(
                name: "edited_at",
                table: "stories");

            migrationBuilder.DropColumn(
                name: "edit_version",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "edited_at",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "edit_version",
                table: "participant_groups");

            migrationBuilder.DropColumn(
                name: "edited_at",
                table: "participant_groups");

            migrationBuilder.DropColumn(
                name: "edit_version",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "edited_at",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "edit_version",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "edited_at",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "edit_version",
                table: "dialogue_tables");

            migrationBuilder.DropColumn(
                name: "edited_at",
                table: "dialogue_tables");
        }
    }
}
