using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingSyncAndPresenter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "presenter_object_id",
                table: "panels",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "synced_fingerprint",
                table: "panel_meetings",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "update_failures",
                table: "panel_meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "presenter_object_id",
                table: "panels");

            migrationBuilder.DropColumn(
                name: "synced_fingerprint",
                table: "panel_meetings");

            migrationBuilder.DropColumn(
                name: "update_failures",
                table: "panel_meetings");
        }
    }
}
