using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SignalSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "decline_reason",
                table: "signals",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "merged_into_id",
                table: "signals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reported_rule",
                table: "signals",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reporter_aad_object_id",
                table: "signals",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reporter_language",
                table: "signals",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reporter_name",
                table: "signals",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reporter_route",
                table: "signals",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "signals",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_description",
                table: "signals",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_signals_merged_into_id",
                table: "signals",
                column: "merged_into_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_signals_merged_into_id",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "decline_reason",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "reported_rule",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "reporter_aad_object_id",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "reporter_language",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "reporter_name",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "reporter_route",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "source",
                table: "signals");

            migrationBuilder.DropColumn(
                name: "source_description",
                table: "signals");
        }
    }
}
