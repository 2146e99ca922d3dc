using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActionPointFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "escalated_at",
                table: "action_points",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_reminded_at",
                table: "action_points",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "overdue_reminders",
                table: "action_points",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "escalated_at",
                table: "action_points");

            migrationBuilder.DropColumn(
                name: "last_reminded_at",
                table: "action_points");

            migrationBuilder.DropColumn(
                name: "overdue_reminders",
                table: "action_points");
        }
    }
}
