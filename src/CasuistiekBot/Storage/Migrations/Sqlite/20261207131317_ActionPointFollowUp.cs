using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActionPointFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "escalated_at",
                table: "action_points",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "last_reminded_at",
                table: "action_points",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "overdue_reminders",
                table: "action_points",
                type: "INTEGER",
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
