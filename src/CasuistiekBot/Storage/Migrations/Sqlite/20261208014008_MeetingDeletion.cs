using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingDeletion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "delete_failures",
                table: "panel_meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "delete_gave_up_at",
                table: "panel_meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "deleted_at",
                table: "panel_meetings",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "delete_failures",
                table: "panel_meetings");

            migrationBuilder.DropColumn(
                name: "delete_gave_up_at",
                table: "panel_meetings");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "panel_meetings");
        }
    }
}
