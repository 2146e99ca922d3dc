using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CasuistiekBot.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SessionMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "online_meeting_url",
                table: "panels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "presenter_status",
                table: "panels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "panel_meetings",
                columns: table => new
                {
                    panel_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    graph_meeting_id = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: true),
                    leased_until = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: true),
                    join_url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    gave_up_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_status = table.Column<int>(type: "INTEGER", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_panel_meetings", x => x.panel_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "panel_meetings");

            migrationBuilder.DropColumn(
                name: "online_meeting_url",
                table: "panels");

            migrationBuilder.DropColumn(
                name: "presenter_status",
                table: "panels");
        }
    }
}
