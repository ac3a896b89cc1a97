using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dialoogtafels.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReviewRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "review_requested_at",
                table: "themes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "review_requested_at",
                table: "stories",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "review_requested_at",
                table: "reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "review_requested_at",
                table: "participant_groups",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "review_requested_at",
                table: "ideas",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "review_requested_at",
                table: "dialogues",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "review_requested_at",
                table: "dialogue_tables",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "review_requested_at",
                table: "themes");

            migrationBuilder.DropColumn(
                name: "review_requested_at",
                table: "stories");

            migrationBuilder.DropColumn(
                name: "review_requested_at",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "review_requested_at",
                table: "participant_groups");

            migrationBuilder.DropColumn(
                name: "review_requested_at",
                table: "ideas");

            migrationBuilder.DropColumn(
                name: "review_requested_at",
                table: "dialogues");

            migrationBuilder.DropColumn(
                name: "review_requested_at",
                table: "dialogue_tables");
        }
    }
}
